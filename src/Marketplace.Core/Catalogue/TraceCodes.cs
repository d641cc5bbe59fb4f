using System.Security.Cryptography;

namespace Marketplace.Catalogue;

/// <summary>Short codes for QR links: short so the QR stays small and scannable on a label, random so they cannot be walked.</summary>
public static class TraceCodes
{
    // No 0/O, 1/l/I: codes are sometimes typed from a printed label.
    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);
}
