namespace Marketplace.Localization;

/// <summary>Marker for the Accounts module's texts in Resources/Localization/AccountsTexts.{vi,en}.resx. Sign-up, sign-in, password reset, confirmation e-mails and Identity's messages.</summary>
public sealed class AccountsTexts;
