
namespace Marketplace.Web.Infrastructure;

/// <summary>The /api/v1 surface for buyers' systems, described at /openapi/v1.json.</summary>
internal static class ApiModule
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", openApi =>
        {
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Cooperative Marketplace API";
                document.Info.Description = "Reference data, cooperatives, products and demands of the cooperative marketplace. Errors are RFC 9457 problem details.";
                return Task.CompletedTask;
            });
        });

        // Every refusal carries problem details that say what was wrong (ApiExceptionHandler); without this a query
        // value of the wrong type or unreadable JSON got an empty 400 outside Development.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStrings()));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi();
        return app;
    }
}
