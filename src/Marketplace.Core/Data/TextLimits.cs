using System.Globalization;
using Marketplace.Accounts.SignUp;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Data;

/// <summary>
/// Server-side length limits for text fields, read from the column each field is stored in (the EF Core model),
/// so a limit is written once. A value over it is refused with "Validation.TooLong", never cut and never left to the
/// database (PostgreSQL would refuse it with an error page, SQLite would store a million characters).
/// </summary>
public static class TextLimits
{
    /// <summary>Adds an error for each value longer than the column of <typeparamref name="TEntity"/> it goes into.</summary>
    public static void Check<TEntity>(MarketplaceDbContext db, List<FieldError> errors, params (string Field, string Property, string? Value)[] fields)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        foreach (var (field, property, value) in fields)
        {
            var max = entity.FindProperty(property)?.GetMaxLength()
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{property} has no maximum length in the model.");
            // UTF-16 units, not letters: never fewer than the characters PostgreSQL counts, so what passes here fits.
            if (value is not null && value.Trim().Length > max)
            {
                errors.Add(new FieldError(field, "Validation.TooLong", max.ToString("N0", CultureInfo.CurrentCulture)));
            }
        }
    }
}
