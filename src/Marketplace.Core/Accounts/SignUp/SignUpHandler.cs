using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Accounts.SignUp;

/// <summary>Creates the organisation and its first member in one transaction, then sends the confirmation e-mail.</summary>
public sealed class SignUpHandler(MarketplaceDbContext db, UserManager<MarketplaceUser> users, UnconfirmedClaims claims, AccountEmails emails, TimeProvider clock)
{
    public async Task<SignUpResult> HandleAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        var registration = TextNormalizer.RegistrationNumber(request.RegistrationNumber);
        await claims.ReleaseStaleAsync(registration, request.Email, cancellationToken);
        var errors = await ValidateAsync(request, registration, cancellationToken);
        if (errors.Count > 0)
        {
            return new SignUpResult(null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation
        {
            Type = request.Type,
            CooperativeKind = request.Type == OrganisationType.Cooperative ? request.CooperativeKind : null,
            BuyerKind = request.Type == OrganisationType.Buyer ? request.BuyerKind : null,
            Name = TextNormalizer.Clean(request.OrganisationName),
            RegistrationNumber = registration,
            ProvinceCode = request.ProvinceCode,
            CreatedAtUtc = now,
        };
        var user = new MarketplaceUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            FullName = TextNormalizer.Clean(request.FullName),
            Organisation = organisation,
            PreferredCulture = request.Culture,
            CreatedAtUtc = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return new SignUpResult(null, created.Errors.Select(ToFieldError).ToList());
        }

        await users.AddToRoleAsync(user, request.Type == OrganisationType.Cooperative ? Roles.Cooperative : Roles.Buyer);
        await transaction.CommitAsync(cancellationToken);

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await emails.SendConfirmationAsync(user, token, cancellationToken);
        return new SignUpResult(user, []);
    }

    private async Task<List<FieldError>> ValidateAsync(SignUpRequest request, string? registration, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!await db.Provinces.AnyAsync(p => p.Code == request.ProvinceCode, cancellationToken))
        {
            errors.Add(new FieldError(nameof(request.ProvinceCode), "Validation.ProvinceUnknown"));
        }

        if (request.Type == OrganisationType.Cooperative)
        {
            if (request.CooperativeKind is null || !Enum.IsDefined(request.CooperativeKind.Value))
            {
                errors.Add(new FieldError(nameof(request.CooperativeKind), "Validation.CooperativeKindRequired"));
            }

            if (registration is null)
            {
                errors.Add(new FieldError(nameof(request.RegistrationNumber), "Validation.RegistrationNumberRequired"));
            }
        }

        if (registration is not null && await db.Organisations.AnyAsync(o => o.RegistrationNumber == registration, cancellationToken))
        {
            errors.Add(await claims.HeldUntilAsync(registration, cancellationToken) is { } until
                ? new FieldError(nameof(request.RegistrationNumber), "Validation.RegistrationNumberHeld", TimeZoneInfo.ConvertTimeFromUtc(until, Cultures.VietnamTime).ToString("g", System.Globalization.CultureInfo.CurrentCulture))
                : new FieldError(nameof(request.RegistrationNumber), "Validation.RegistrationNumberTaken", registration));
        }

        if (await users.FindByEmailAsync(request.Email.Trim()) is not null)
        {
            errors.Add(new FieldError(nameof(request.Email), "Validation.EmailTaken"));
        }

        return errors;
    }

    private static FieldError ToFieldError(IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal)
            ? new FieldError(nameof(SignUpRequest.Password), "Identity." + error.Code)
            : new FieldError(nameof(SignUpRequest.Email), "Identity." + error.Code);
}
