using System.ComponentModel.DataAnnotations;

namespace Marketplace.Email.Smtp;

/// <summary>Settings under <c>Marketplace:Email:Smtp</c>, read when Marketplace:Email:Transport is Smtp.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Marketplace:Email:Smtp";

    /// <summary>Required when Marketplace:Email:Transport is Smtp (the e-mail module checks it at start).</summary>
    public string Host { get; set; } = string.Empty;

    [Range(1, 65535, ErrorMessage = "Marketplace:Email:Smtp:Port must be between 1 and 65535 (587 for STARTTLS, 465 for TLS).")]
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (port 587), <c>SslOnConnect</c> (465), <c>Auto</c>, or <c>None</c> (a relay on this machine only).</summary>
    [RegularExpression("^(StartTls|SslOnConnect|Auto|None)$", ErrorMessage = "Marketplace:Email:Smtp:Security must be StartTls, SslOnConnect, Auto or None.")]
    public string Security { get; set; } = "StartTls";

    /// <summary>Empty: the server takes mail without signing in.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>From configuration only (user secrets, an environment variable), never from a file in the repository.</summary>
    public string Password { get; set; } = string.Empty;

    [Range(1, 300, ErrorMessage = "Marketplace:Email:Smtp:TimeoutSeconds must be between 1 and 300.")]
    public int TimeoutSeconds { get; set; } = 30;
}
