using System.ComponentModel.DataAnnotations;
using Marketplace.Accounts;
using Marketplace.Data;
using Marketplace.Email;
using Marketplace.Search;
using Marketplace.Seed;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>Typed settings under Marketplace:*, each validated when the site starts so a wrong value stops it with one clear sentence.</summary>
internal static class SettingsModule
{
    public static WebApplicationBuilder AddMarketplaceSettings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<MarketplaceOptions>(MarketplaceOptions.Section);
        builder.Services.AddSettings<DatabaseOptions>(DatabaseOptions.Section);
        builder.Services.AddSettings<SeedOptions>(SeedOptions.Section);
        builder.Services.AddSettings<RateLimitOptions>(RateLimitOptions.Section);
        builder.Services.AddSingleton<DataPaths>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>Binds a module's settings section and validates it when the site starts; each module calls it for its own settings.</summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>, SettingsValidator<T>>();
        return services;
    }

    /// <summary>Runs the data annotations and reports only their sentences, which already name the setting and what to change.</summary>
    private sealed class SettingsValidator<T> : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var results = new List<ValidationResult>();
            return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(r => r.ErrorMessage ?? string.Empty));
        }
    }
}

/// <summary>Settings under <c>Marketplace:RateLimits</c>: how many messages one address may cause to be sent.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Marketplace:RateLimits";

    [Range(1, 10_000, ErrorMessage = "Set Marketplace:RateLimits:MessagesPerHour to a whole number from 1 to 10000.")]
    public int MessagesPerHour { get; set; } = 10;
}
