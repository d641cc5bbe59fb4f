using Marketplace.Accounts;
using Marketplace.Accounts.SignUp;
using Marketplace.Data;
using Marketplace.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Demands.PostDemand;

/// <summary>
/// A buyer's own demands: post, edit, close. Every call names the organisation of the person acting, and every query is
/// scoped by it: another buyer's demand is simply not found. Only buyer companies may post.
/// </summary>
public sealed class DemandEditor(MarketplaceDbContext db, TimeProvider clock)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 5_000;
    public const decimal MaxQuantity = 1_000_000_000m;
    public const long MaxTargetPriceVnd = 1_000_000_000_000;

    /// <summary>A demand runs for at most a year; after that the buyer posts it again with what they know then.</summary>
    public const int MaxValidYears = 1;

    public async Task<IReadOnlyList<OwnDemand>> ListAsync(int organisationId, CancellationToken cancellationToken)
    {
        var today = Cultures.TodayInVietnam(clock);
        var rows = await db.Demands.AsNoTracking().Where(d => d.OrganisationId == organisationId)
            .OrderByDescending(d => d.CreatedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.Title, d.Status, d.DeliveryFrom, d.DeliveryTo, d.ValidUntil, d.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        return rows
            .Select(d => new OwnDemand(d.Id, d.Title, DemandStates.Of(d.Status, d.ValidUntil, today), d.DeliveryFrom, d.DeliveryTo, d.ValidUntil, d.CreatedAtUtc))
            .OrderBy(d => d.State)
            .ToList();
    }

    public async Task<EditableDemand?> LoadAsync(int organisationId, int demandId, CancellationToken cancellationToken)
    {
        var demand = await Owned(organisationId, demandId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return demand is null
            ? null
            : new EditableDemand(demand.Id, ToForm(demand), DemandStates.Of(demand.Status, demand.ValidUntil, Cultures.TodayInVietnam(clock)), demand.ClosedAtUtc);
    }

    public async Task<DemandChange> CreateAsync(int organisationId, string? userId, DemandForm form, CancellationToken cancellationToken)
    {
        if (!await IsBuyerAsync(organisationId, cancellationToken))
        {
            return DemandChange.NotABuyer;
        }

        var errors = await ValidateAsync(form, cancellationToken);
        if (errors.Count > 0)
        {
            return new DemandChange(null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var demand = new Demand
        {
            OrganisationId = organisationId,
            CreatedByUserId = userId,
            Title = string.Empty,
            CategoryCode = form.CategoryCode!,
            DeliveryProvinceCode = form.DeliveryProvinceCode!,
            Status = DemandStatus.Open,
            CreatedAtUtc = now,
        };
        Apply(demand, form, now);
        db.Demands.Add(demand);
        await db.SaveChangesAsync(cancellationToken);
        return new DemandChange(demand.Id, []);
    }

    /// <summary>Changes what the demand asks; a closed demand stays closed (editing it is for the record, not a reopening).</summary>
    public async Task<DemandChange> UpdateAsync(int organisationId, int demandId, DemandForm form, CancellationToken cancellationToken)
    {
        var demand = await Owned(organisationId, demandId).SingleOrDefaultAsync(cancellationToken);
        if (demand is null)
        {
            return DemandChange.NotFound;
        }

        var errors = await ValidateAsync(form, cancellationToken);
        if (errors.Count > 0)
        {
            return new DemandChange(demandId, errors);
        }

        Apply(demand, form, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new DemandChange(demandId, []);
    }

    /// <summary>Closes the demand: it leaves the public lists at once. Closing twice keeps the first time.</summary>
    /// <returns>False when the organisation has no such demand.</returns>
    public async Task<bool> CloseAsync(int organisationId, int demandId, CancellationToken cancellationToken)
    {
        var demand = await Owned(organisationId, demandId).SingleOrDefaultAsync(cancellationToken);
        if (demand is null)
        {
            return false;
        }

        if (demand.Status != DemandStatus.Closed)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            demand.Status = DemandStatus.Closed;
            demand.ClosedAtUtc = now;
            demand.UpdatedAtUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The rules alone, nothing saved: for a form the page already refuses (a quantity that is not a number), so every mistake shows at once.</summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(DemandForm form, CancellationToken cancellationToken) =>
        await ValidateAsync(form, cancellationToken);

    /// <summary>A buyer company that an administrator has not hidden: only such may post.</summary>
    public Task<bool> IsBuyerAsync(int organisationId, CancellationToken cancellationToken) =>
        db.Organisations.AnyAsync(o => o.Id == organisationId && o.Type == OrganisationType.Buyer && o.HiddenAtUtc == null, cancellationToken);

    private IQueryable<Demand> Owned(int organisationId, int demandId) =>
        db.Demands.Where(d => d.Id == demandId && d.OrganisationId == organisationId);

    private async Task<List<FieldError>> ValidateAsync(DemandForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string key) => errors.Add(new FieldError(field, key));

        var title = TextNormalizer.Clean(form.Title);
        if (title.Length == 0)
        {
            Fail(nameof(form.Title), "Demands.Validation.TitleRequired");
        }
        else if (title.Length > MaxTitleLength)
        {
            Fail(nameof(form.Title), "Demands.Validation.TitleTooLong");
        }

        if (string.IsNullOrEmpty(form.CategoryCode) || !await db.Categories.AnyAsync(c => c.Code == form.CategoryCode, cancellationToken))
        {
            Fail(nameof(form.CategoryCode), "Validation.CategoryUnknown");
        }

        if (form.Quantity is not (> 0 and <= MaxQuantity))
        {
            Fail(nameof(form.Quantity), "Demands.Validation.Quantity");
        }

        if (form.Unit is not { } unit || !Enum.IsDefined(unit))
        {
            Fail(nameof(form.Unit), "Demands.Validation.Unit");
        }

        if (form.Frequency is not { } frequency || !Enum.IsDefined(frequency))
        {
            Fail(nameof(form.Frequency), "Demands.Validation.Frequency");
        }

        if (string.IsNullOrEmpty(form.DeliveryProvinceCode) || !await db.Provinces.AnyAsync(p => p.Code == form.DeliveryProvinceCode, cancellationToken))
        {
            Fail(nameof(form.DeliveryProvinceCode), "Validation.ProvinceUnknown");
        }

        CheckDates(form, Cultures.TodayInVietnam(clock), Fail);
        await CheckCertificatesAsync(form, Fail, cancellationToken);

        if (form.MinimumOcopStars is not (null or 3 or 4 or 5))
        {
            Fail(nameof(form.MinimumOcopStars), "Validation.OcopStars");
        }

        if (form.TargetPriceVnd is < 0 or > MaxTargetPriceVnd)
        {
            Fail(nameof(form.TargetPriceVnd), "Demands.Validation.TargetPrice");
        }

        if (TextNormalizer.Clean(form.Description).Length > MaxDescriptionLength)
        {
            Fail(nameof(form.Description), "Demands.Validation.DescriptionTooLong");
        }

        return errors;
    }

    private static void CheckDates(DemandForm form, DateOnly today, Action<string, string> fail)
    {
        if (form.DeliveryFrom is null)
        {
            fail(nameof(form.DeliveryFrom), "Demands.Validation.DeliveryFromRequired");
        }

        if (form.DeliveryTo is not { } deliveryTo)
        {
            fail(nameof(form.DeliveryTo), "Demands.Validation.DeliveryToRequired");
        }
        else if (deliveryTo < today)
        {
            fail(nameof(form.DeliveryTo), "Demands.Validation.DeliveryToPast");
        }
        else if (form.DeliveryFrom is { } deliveryFrom && deliveryFrom > deliveryTo)
        {
            fail(nameof(form.DeliveryTo), "Demands.Validation.DeliveryWindow");
        }

        if (form.ValidUntil is not { } validUntil)
        {
            fail(nameof(form.ValidUntil), "Demands.Validation.ValidUntilRequired");
        }
        else if (validUntil < today)
        {
            fail(nameof(form.ValidUntil), "Demands.Validation.ValidUntilPast");
        }
        else if (validUntil > today.AddYears(MaxValidYears))
        {
            fail(nameof(form.ValidUntil), "Demands.Validation.ValidUntilTooFar");
        }
    }

    private async Task CheckCertificatesAsync(DemandForm form, Action<string, string> fail, CancellationToken cancellationToken)
    {
        var wanted = Certificates(form);
        if (wanted.Count == 0)
        {
            return;
        }

        var known = await db.CertificateTypes.Where(t => wanted.Contains(t.Code)).Select(t => t.Code).ToListAsync(cancellationToken);
        if (wanted.Any(code => !known.Contains(code) || DemandStates.IsOcopRating(code)))
        {
            fail(nameof(form.RequiredCertificates), "Demands.Validation.CertificateUnknown");
        }
    }

    private static List<string> Certificates(DemandForm form) =>
        form.RequiredCertificates.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static void Apply(Demand demand, DemandForm form, DateTime now)
    {
        demand.Title = TextNormalizer.Clean(form.Title);
        demand.CategoryCode = form.CategoryCode!;
        demand.Quantity = form.Quantity!.Value;
        demand.Unit = form.Unit!.Value;
        demand.Frequency = form.Frequency!.Value;
        demand.DeliveryProvinceCode = form.DeliveryProvinceCode!;
        demand.DeliveryFrom = form.DeliveryFrom!.Value;
        demand.DeliveryTo = form.DeliveryTo!.Value;
        demand.ValidUntil = form.ValidUntil!.Value;
        demand.RequiredCertificates = Certificates(form) is { Count: > 0 } codes ? string.Join(',', codes) : null;
        demand.MinimumOcopStars = form.MinimumOcopStars;
        demand.TargetPriceVnd = form.TargetPriceVnd;
        demand.Description = TextNormalizer.CleanOrNull(form.Description);
        demand.ShowCompanyName = form.ShowCompanyName;
        demand.UpdatedAtUtc = now;
    }

    private static DemandForm ToForm(Demand d) => new(
        d.Title, d.CategoryCode, d.Quantity, d.Unit, d.Frequency, d.DeliveryProvinceCode, d.DeliveryFrom, d.DeliveryTo, d.ValidUntil,
        d.RequiredCertificateCodes, d.MinimumOcopStars, d.TargetPriceVnd, d.Description, d.ShowCompanyName);
}
