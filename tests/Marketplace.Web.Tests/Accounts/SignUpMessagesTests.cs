using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>A sign-up refused for a value no list offers says which field and why, and creates no account (issue 10).</summary>
public abstract class SignUpMessagesTests<TSite>(TSite site)
    where TSite : MarketplaceFactory
{
    [Theory]
    [InlineData("cooperative", "Form.Type", "Zzz", false)]
    [InlineData("cooperative", "Form.CooperativeKind", "Zzz", true)]
    [InlineData("buyer", "Form.BuyerKind", "Zzz", true)]
    public async Task A_value_from_no_list_is_refused_with_a_message_and_no_account(string who, string field, string value, bool besideField)
    {
        var email = People.Email();
        var form = who == "buyer" ? People.Buyer(email) : People.Cooperative(email);
        form[field] = value;

        var response = await site.Browser().SubmitAsync("/account/sign-up", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FormMessages.AssertRefused(await response.HtmlAsync(), field, value, besideField);
        Assert.False(await site.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }
}

public sealed class SqliteSignUpMessagesTests(SqliteMarketplace site) : SignUpMessagesTests<SqliteMarketplace>(site), IClassFixture<SqliteMarketplace>;

public sealed class PostgresSignUpMessagesTests(PostgresMarketplace site) : SignUpMessagesTests<PostgresMarketplace>(site), IClassFixture<PostgresMarketplace>;
