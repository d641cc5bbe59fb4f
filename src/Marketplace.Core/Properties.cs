using Microsoft.Extensions.Localization;

// Resources sit under Resources/ with the Marketplace.* namespaces, not the assembly name.
[assembly: RootNamespace("Marketplace")]
