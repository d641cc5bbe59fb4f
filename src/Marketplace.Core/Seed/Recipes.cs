using System.Text.Json.Serialization;

namespace Marketplace.Seed;

// The shapes of the recipe files in content-seed/ (see content-seed/README.md).

internal sealed record ProvinceRecipe(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Vi,
    [property: JsonRequired] string En,
    bool City,
    [property: JsonRequired] IReadOnlyList<string> Former);

internal sealed record CategoryRecipe(
    [property: JsonRequired] string Code,
    string? Parent,
    [property: JsonRequired] string Vi,
    [property: JsonRequired] string En);

internal sealed record CertificateTypeRecipe(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Vi,
    [property: JsonRequired] string En,
    string? Standard);

internal sealed record OrganisationRecipe(
    [property: JsonRequired] string Key,
    [property: JsonRequired] string Type,
    string? Kind,
    [property: JsonRequired] string Name,
    string? RegistrationNumber,
    [property: JsonRequired] string Province,
    string? Description);

internal sealed record UserRecipe(
    [property: JsonRequired] string Email,
    [property: JsonRequired] string FullName,
    [property: JsonRequired] string Role,
    string? Organisation,
    string? Culture);

/// <summary>An item read from a recipe file with the line it starts on, for error messages.</summary>
internal sealed record Located<T>(T Item, string File, long Line);
