using System.ComponentModel.DataAnnotations;

namespace Marketplace.Email;

/// <summary>Settings under <c>Marketplace:Email</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Marketplace:Email";

    public const string PickupFolderTransport = "PickupFolder";

    public const string SmtpTransport = "Smtp";

    [Required(ErrorMessage = "Set Marketplace:Email:From to the address e-mails are sent from, for example no-reply@example.vn.")]
    [EmailAddress(ErrorMessage = "Marketplace:Email:From must be an e-mail address, for example no-reply@example.vn.")]
    public string From { get; set; } = "no-reply@marketplace.local";

    public string FromName { get; set; } = "Kết nối HTX";

    /// <summary>How messages leave: <c>PickupFolder</c> (.eml files, the default) or <c>Smtp</c> (Marketplace:Email:Smtp).</summary>
    [RegularExpression("^(PickupFolder|Smtp)$", ErrorMessage = "Marketplace:Email:Transport must be PickupFolder or Smtp.")]
    public string Transport { get; set; } = PickupFolderTransport;

    /// <summary>Folder for .eml files; relative to Marketplace:DataPath. Empty means mail-pickup.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";

    /// <summary>The wait after the first failed attempt; it doubles after each further failure.</summary>
    [Range(1, 3600, ErrorMessage = "Marketplace:Email:FirstRetrySeconds must be between 1 and 3600.")]
    public int FirstRetrySeconds { get; set; } = 60;

    /// <summary>The longest wait between two attempts.</summary>
    [Range(1, 1440, ErrorMessage = "Marketplace:Email:LongestRetryMinutes must be between 1 and 1440.")]
    public int LongestRetryMinutes { get; set; } = 60;

    /// <summary>Attempts before the outbox gives a message up; the default keeps trying for about a day.</summary>
    [Range(1, 100, ErrorMessage = "Marketplace:Email:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 30;

    /// <summary>Days a delivered message stays in the outbox (for support questions: "did the mail go?").</summary>
    [Range(1, 365, ErrorMessage = "Marketplace:Email:KeepSentDays must be between 1 and 365.")]
    public int KeepSentDays { get; set; } = 30;
}
