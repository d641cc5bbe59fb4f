namespace Marketplace.Accounts;

/// <summary>Absolute links put into account e-mails; the web host knows its own address and culture prefix.</summary>
public interface IAccountLinks
{
    string ConfirmEmail(string userId, string token);

    string ResetPassword(string email, string token);
}
