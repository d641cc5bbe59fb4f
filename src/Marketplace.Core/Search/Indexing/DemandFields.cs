namespace Marketplace.Search.Indexing;

/// <summary>The fields of a demand's search document: what a product is checked against to find the demands it can fill.</summary>
public static class DemandFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string CategoryText = "category";
    public const string Category = "category";
    public const string Province = "province";
    public const string RequiredCertificate = "required";
    public const string Organisation = "organisation";
    public const string ValidUntil = "valid_until";
    public const string DeliveryFrom = "delivery_from";
    public const string DeliveryTo = "delivery_to";
    public const string MinimumOcop = "min_ocop";
    public const string Created = "created";
    public const string Display = "display";
}
