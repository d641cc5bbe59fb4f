using Marketplace.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddMarketplaceSettings();
builder.AddHosts();
builder.AddObservability();

// First among the hosted services: the database is migrated and seeded before anything (Data Protection's key ring) reads it.
builder.AddSeed();
builder.AddData();
builder.AddLocalisation();
builder.AddWebFrontEnd();
builder.AddApi();

// Every feature module under Areas/ registers itself (IWebModule): nothing here names one.
builder.AddModules();

var app = builder.Build();

app.UseHosts();
app.UseErrorPages();
app.UseLocalisation();
app.UseWebFrontEnd();
app.MapObservability();
app.MapApi();
app.MapModules();
app.MapWebFrontEnd();

return await app.RunMarketplaceAsync(args);

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
