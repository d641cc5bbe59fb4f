namespace Marketplace.Catalogue.AddCertificate;

/// <summary>A certificate the cooperative holds, as it types it in.</summary>
public sealed record CertificateForm(string TypeCode, string Number, string? Issuer, string? Scope, DateOnly ValidUntil);
