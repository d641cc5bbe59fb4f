using Marketplace.Web.Modules;

var builder = WebApplication.CreateBuilder(args);

builder.AddMarketplaceSettings();
builder.AddObservability();

// First among the hosted services: the database is migrated and seeded before anything (Data Protection's key ring) reads it.
builder.AddSeed();
builder.AddData();
builder.AddSearch();
builder.AddLocalisation();
builder.AddAccounts();
builder.AddCatalogue();
builder.AddDemands();
builder.AddWebFrontEnd();
builder.AddApi();

var app = builder.Build();

app.UseErrorPages();
app.UseLocalisation();
app.UseWebFrontEnd();
app.MapObservability();
app.MapAccounts();
app.MapApi();
app.MapWebFrontEnd();

return await app.RunMarketplaceAsync(args);

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
