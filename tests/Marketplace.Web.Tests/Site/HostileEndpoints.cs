using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Site;

/// <summary>
/// An address that takes input: "POST /manage/products/{id:int}" (ANY for an endpoint that answers every method),
/// with the query parameters it reads.
/// </summary>
internal sealed record InputEndpoint(string Method, string Route, IReadOnlyList<string> QueryParameters)
{
    public string Key => $"{Method} {Route}";

    public override string ToString() => QueryParameters.Count == 0 ? Key : $"{Key} ?{string.Join('&', QueryParameters)}";
}

/// <summary>
/// The site's own list of what it answers (its <see cref="EndpointDataSource"/>), reduced to what takes input: every
/// endpoint that accepts POST, PUT, PATCH or DELETE, and every GET that reads a query parameter.
/// </summary>
internal static class HostileEndpoints
{
    private static readonly string[] Writes = ["POST", "PUT", "PATCH", "DELETE"];

    public static IReadOnlyList<InputEndpoint> Discover(IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var found = new List<InputEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();

            // The tests' own fault pages (FaultsController) are not the product's.
            if (action?.ControllerTypeInfo.Assembly == typeof(HostileEndpoints).Assembly)
            {
                continue;
            }

            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
            var inRoute = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } listed ? listed : ["ANY"];
            foreach (var method in methods.Distinct())
            {
                if (method is "GET")
                {
                    var query = (action is not null ? MvcQuery(action, inRoute) : MinimalQuery(endpoint, inRoute, isService)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    if (query.Count > 0)
                    {
                        found.Add(new InputEndpoint(method, route, query));
                    }
                }
                else if (method == "ANY" || Writes.Contains(method))
                {
                    found.Add(new InputEndpoint(method, route, []));
                }
            }
        }

        return [.. found.DistinctBy(e => e.Key).OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }

    /// <summary>An action's parameters bound from the query (or from anywhere, which on a GET means the query).</summary>
    private static IEnumerable<string> MvcQuery(ControllerActionDescriptor action, HashSet<string> inRoute)
    {
        foreach (var parameter in action.Parameters)
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (source is not null && source != BindingSource.Query && source != BindingSource.ModelBinding)
            {
                continue;
            }

            var name = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
            if (IsSimple(parameter.ParameterType))
            {
                if (!inRoute.Contains(name))
                {
                    yield return name;
                }
            }
            else if (source == BindingSource.Query)
            {
                foreach (var property in Bindable(parameter.ParameterType))
                {
                    yield return Camel(property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name);
                }
            }
        }
    }

    /// <summary>A minimal API handler's parameters that are neither services, nor the route, nor the body.</summary>
    private static IEnumerable<string> MinimalQuery(RouteEndpoint endpoint, HashSet<string> inRoute, IServiceProviderIsService isService)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            yield break;
        }

        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in Bindable(parameter.ParameterType).Where(p => p.GetCustomAttribute<FromQueryAttribute>() is not null || IsSimple(p.PropertyType)))
                {
                    yield return property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? Camel(property.Name);
                }

                continue;
            }

            var bindsElsewhere = parameter.GetCustomAttributes().Any(a => a is IFromBodyMetadata or IFromServiceMetadata or IFromRouteMetadata or IFromHeaderMetadata or IFromFormMetadata);
            var name = parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!;
            if (!bindsElsewhere && IsSimple(parameter.ParameterType) && !isService.IsService(parameter.ParameterType) && !inRoute.Contains(name))
            {
                yield return name;
            }
        }
    }

    private static IEnumerable<PropertyInfo> Bindable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsSimple(p.PropertyType));

    private static bool IsSimple(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsPrimitive || plain.IsEnum || plain == typeof(string) || plain == typeof(decimal) || plain == typeof(DateOnly)
            || plain == typeof(DateTime) || plain == typeof(DateTimeOffset) || plain == typeof(Guid) || plain == typeof(TimeOnly);
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
