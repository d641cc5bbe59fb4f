namespace Marketplace.Localization;

/// <summary>Marker for the Inquiries module's texts in Resources/Localization/InquiriesTexts.{vi,en}.resx. Inquiry threads, quotations, the inbox and their e-mails.</summary>
public sealed class InquiriesTexts;
