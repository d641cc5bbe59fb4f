namespace Marketplace.Media;

/// <summary>Media keys: public ones are served by /media to anyone; private ones only by the page of what owns them.</summary>
public static class MediaKeys
{
    /// <summary>Keys starting with this (a buyer's specification for an inquiry) are never served under /media.</summary>
    public const string PrivatePrefix = "private-";

    public static bool IsPrivate(string key) => key.StartsWith(PrivatePrefix, StringComparison.Ordinal);
}
