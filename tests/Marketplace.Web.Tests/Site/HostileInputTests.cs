using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Accounts;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Marketplace.Web.Tests.Site;

/// <summary>
/// The hostile-input suite of issue 10: every form and API endpoint the site maps (found in its own endpoint list, so a
/// new one without a recipe fails here) gets, field by field, a value that is missing, empty, over-long, of the wrong
/// type, out of range, with control characters, not UTF-8, or markup. No answer may be a 5xx; a refusal must say why
/// (a message on the page, or problem details with a detail or field errors); no page may give typed markup back as
/// markup. Each test collects every finding and fails once with the whole list. README: "Hostile-input suite".
/// </summary>
public abstract class HostileInputTests<TSite>(TSite site, ITestOutputHelper output)
    where TSite : MarketplaceFactory
{
    private const string Token = "__RequestVerificationToken";

    /// <summary>Who must be signed in to reach a form: a cooperative member, a buyer, an organiser, nobody, or a session of its own that the form ends.</summary>
    private enum Who
    {
        Anonymous,
        Cooperative,
        Buyer,
        Moderator,
        OwnSession,
    }

    /// <summary>
    /// How to post one form: who, the page it is on, where it posts, and what makes it valid over what the page holds
    /// (a new e-mail for each sign-up...). <see cref="BaselineLast"/>: the valid post ends what the variants need (a
    /// delete, a reset token). <see cref="NewSessionPerVariant"/>: a valid post changes who is signed in.
    /// <see cref="TokenOnly"/>: the page shows the form only in some states; its one field is the antiforgery token.
    /// </summary>
    private sealed record FormRecipe(string Endpoint, Who Who, Func<World, string> Page, Func<World, string> Post)
    {
        public Func<World, IEnumerable<KeyValuePair<string, string>>> Valid { get; init; } = _ => [];

        public bool BaselineLast { get; init; }

        public bool NewSessionPerVariant { get; init; }

        public bool TokenOnly { get; init; }

        /// <summary>
        /// A form that can be taken only once (accepting a quotation): after each accepted post, a new row for the next
        /// variant, whose form is read again from its page.
        /// </summary>
        public Func<World, Task>? Renew { get; init; }

        /// <summary>The public page that shows what the form saved, read anonymously after each accepted variant.</summary>
        public Func<World, string>? ShownAt { get; init; }
    }

    /// <summary>A GET whose query parameters (found by discovery) are each sent every query variant.</summary>
    private sealed record QueryRecipe(string Endpoint, Who Who, Func<World, string> Path);

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private static readonly FormRecipe[] FormRecipes =
    [
        new("POST /account/sign-in", Who.Anonymous, _ => "/account/sign-in", _ => "/account/sign-in")
        {
            Valid = w => Values(("Email", w.SignInEmail), ("Password", People.Password)),
            NewSessionPerVariant = true,
        },
        new("POST /account/sign-out", Who.OwnSession, _ => "/", _ => "/account/sign-out") { BaselineLast = true },
        new("POST /account/sign-up", Who.Anonymous, _ => "/account/sign-up", _ => "/account/sign-up") { Valid = _ => People.Cooperative(People.Email()) },
        new("POST /account/forgot-password", Who.Anonymous, _ => "/account/forgot-password", _ => "/account/forgot-password") { Valid = _ => Values(("Email", People.Email())) },
        new("POST /account/reset-password", Who.Anonymous, w => w.ResetPage, _ => "/account/reset-password")
        {
            // First: a valid reset uses the link up, and the variants after it hear "this link is no longer valid"
            // unless their field is refused before the link is looked at.
            Valid = _ => Values(("Password", "mua-vu-moi-2027")),
        },
        new("POST /manage/products/new", Who.Cooperative, _ => "/manage/products/new", _ => "/manage/products/new") { Valid = _ => Products.Form("Thanh long ruột đỏ " + Word()) },
        new("POST /manage/products/{id:int}", Who.Cooperative, w => $"/manage/products/{w.Product}", w => $"/manage/products/{w.Product}") { ShownAt = w => $"/products/{w.Product}" },
        new("POST /manage/products/{id:int}/status", Who.Cooperative, w => $"/manage/products/{w.Product}", w => $"/manage/products/{w.Product}/status")
        {
            Valid = _ => Values(("status", "Published")),
        },
        new("POST /manage/products/{id:int}/delete", Who.Cooperative, w => $"/manage/products/{w.DoomedProduct}", w => $"/manage/products/{w.DoomedProduct}/delete") { BaselineLast = true },
        new("POST /manage/products/{id:int}/photos", Who.Cooperative, w => $"/manage/products/{w.Product}", w => $"/manage/products/{w.Product}/photos"),
        new("POST /manage/products/{id:int}/photos/{photoId:int}/cover", Who.Cooperative, w => $"/manage/products/{w.Product}", w => $"/manage/products/{w.Product}/photos/{w.Photo}/cover"),
        new("POST /manage/products/{id:int}/photos/{photoId:int}/delete", Who.Cooperative, w => $"/manage/products/{w.Product}", w => $"/manage/products/{w.Product}/photos/{w.DoomedPhoto}/delete")
        {
            BaselineLast = true,
        },
        new("POST /manage/products/{id:int}/lots", Who.Cooperative, w => $"/manage/products/{w.Product}", w => $"/manage/products/{w.Product}/lots") { Valid = _ => Lot() },
        new("POST /manage/products/{id:int}/lots/{lotId:int}", Who.Cooperative, w => $"/manage/products/{w.Product}/lots/{w.Lot}", w => $"/manage/products/{w.Product}/lots/{w.Lot}"),
        new("POST /manage/products/{id:int}/lots/{lotId:int}/delete", Who.Cooperative, w => $"/manage/products/{w.Product}/lots/{w.DoomedLot}", w => $"/manage/products/{w.Product}/lots/{w.DoomedLot}/delete")
        {
            BaselineLast = true,
        },
        new("POST /manage/profile", Who.Cooperative, _ => "/manage/profile", _ => "/manage/profile") { ShownAt = w => $"/cooperatives/{w.Organisation}" },
        new("POST /manage/profile/logo", Who.Cooperative, _ => "/manage/profile", _ => "/manage/profile/logo"),
        new("POST /manage/certificates", Who.Cooperative, _ => "/manage/profile", _ => "/manage/certificates") { Valid = _ => Certificate() },
        new("POST /manage/certificates/{id:int}/document", Who.Cooperative, _ => "/manage/profile", w => $"/manage/certificates/{w.Certificate}/document"),
        new("POST /manage/certificates/{id:int}/delete", Who.Cooperative, _ => "/manage/profile", w => $"/manage/certificates/{w.DoomedCertificate}/delete") { BaselineLast = true },
        new("POST /manage/demands/new", Who.Buyer, _ => "/manage/demands/new", _ => "/manage/demands/new") { Valid = _ => Buyers.DemandForm("Cần mua thanh long " + Word()) },
        new("POST /manage/demands/{id:int}/edit", Who.Buyer, w => $"/manage/demands/{w.Demand}/edit", w => $"/manage/demands/{w.Demand}/edit") { ShownAt = w => $"/demands/{w.Demand}" },
        new("POST /manage/demands/{id:int}/close", Who.Buyer, w => $"/manage/demands/{w.DoomedDemand}/edit", w => $"/manage/demands/{w.DoomedDemand}/close") { BaselineLast = true },

        // The button shows only while there are unread matches; what it posts is the token alone.
        new("POST /manage/matches/read", Who.Buyer, _ => "/manage/demands/new", _ => "/manage/matches/read") { TokenOnly = true },
        new("POST /moderate/cooperatives/{id:int}/verify", Who.Moderator, _ => "/moderate", w => $"/moderate/cooperatives/{w.Organisation}/verify"),
        new("POST /moderate/products/{id:int}/hide", Who.Moderator, w => $"/moderate/cooperatives/{w.Organisation}", w => $"/moderate/products/{w.ToHide}/hide")
        {
            Valid = _ => Values(("reason", "Ảnh không đúng sản phẩm")),
        },
        new("POST /moderate/products/{id:int}/show", Who.Moderator, w => $"/moderate/cooperatives/{w.Organisation}", w => $"/moderate/products/{w.Hidden}/show"),
        new("POST /inquiries/new", Who.Buyer, w => $"/inquiries/new?product={w.Product}", _ => "/inquiries/new") { Valid = _ => ThreadWorld.Form("Cần 5 tấn " + Word()) },
        new("POST /inquiries/{id:int}/act", Who.Buyer, w => $"/inquiries/{w.Thread}", w => $"/inquiries/{w.Thread}/act") { Valid = _ => Values(("words", "Cho xin giá loại 2 " + Word())) },
        new("POST /inquiries/{id:int}/quote", Who.Cooperative, w => $"/inquiries/{w.Thread}/quote", w => $"/inquiries/{w.Thread}/quote") { Valid = w => ThreadWorld.QuoteForm(w.Product, 28_000) },
        new("POST /inquiries/{id:int}/accept", Who.Buyer, w => $"/inquiries/{w.QuotedThread}", w => $"/inquiries/{w.QuotedThread}/accept") { Renew = QuotedThreadAsync },

        // The thread of a second buyer: blocking the world's buyer would refuse its later inquiries.
        new("POST /inquiries/{id:int}/block", Who.Cooperative, w => $"/inquiries/{w.BlockedThread}", w => $"/inquiries/{w.BlockedThread}/block") { BaselineLast = true },
        new("POST /inquiries/requests/{id:int}/close", Who.Buyer, w => $"/inquiries/requests/{w.DoomedRequest}", w => $"/inquiries/requests/{w.DoomedRequest}/close") { BaselineLast = true },
        new("POST /inquiries/settings", Who.Buyer, _ => "/inquiries/settings", _ => "/inquiries/settings"),
        new("POST /account/tokens", Who.Buyer, _ => "/account/tokens", _ => "/account/tokens") { Valid = _ => Values(("Name", "Kho " + Word()), ("Scope", "Read"), ("Days", "30")) },
        new("POST /account/tokens/{id:int}/revoke", Who.Buyer, _ => "/account/tokens", w => $"/account/tokens/{w.Token}/revoke") { BaselineLast = true },
    ];

    /// <summary>The error page answers every method; its one input is the code in its address.</summary>
    private const string ErrorPage = "ANY /error/{code}";

    /// <summary>The health check answers every method and reads nothing: a hostile query or body must change nothing.</summary>
    private const string Health = "ANY /health";

    /// <summary>
    /// A JSON POST: who sends it, where, a valid body, and the string property that carries bytes that are not UTF-8.
    /// An accepted post's Location names the API resource; the same path without /api/v1 is its page.
    /// </summary>
    private sealed record JsonRecipe(string Endpoint, Who Who, Func<World, string> Path, Func<World, JsonObject> Valid, string TextProperty);

    private static readonly JsonRecipe[] JsonRecipes =
    [
        new("POST /api/v1/demands", Who.Buyer, _ => "/api/v1/demands", _ => ValidDemand(), "title"),
        new("POST /api/v1/inquiries", Who.Buyer, _ => "/api/v1/inquiries", w => ValidInquiry(w.Product), "message"),
        new("POST /api/v1/inquiries/{id:int}/messages", Who.Buyer, w => $"/api/v1/inquiries/{w.Thread}/messages", _ => new JsonObject { ["text"] = "Cho xin mẫu " + Word(), ["action"] = "message" }, "text"),
        new("POST /api/v1/inquiries/{id:int}/quotes", Who.Cooperative, w => $"/api/v1/inquiries/{w.Thread}/quotes", w => ValidQuote(w.Product), "paymentTerms"),
    ];

    private static readonly QueryRecipe[] QueryRecipes =
    [
        new("GET /account/sign-in", Who.Anonymous, _ => "/account/sign-in"),
        new("GET /account/sign-up", Who.Anonymous, _ => "/account/sign-up"),
        new("GET /account/confirm-email", Who.Anonymous, _ => "/account/confirm-email"),
        new("GET /account/reset-password", Who.Anonymous, _ => "/account/reset-password"),
        new("GET /catalogue", Who.Anonymous, _ => "/catalogue"),
        new("GET /demands", Who.Anonymous, _ => "/demands"),
        new("GET /search", Who.Anonymous, _ => "/search"),
        new("GET /manage/products/{id:int}/labels", Who.Cooperative, w => $"/manage/products/{w.Product}/labels"),
        new("GET /api/v1/products", Who.Anonymous, _ => "/api/v1/products"),
        new("GET /api/v1/products/{id:int}", Who.Anonymous, w => $"/api/v1/products/{w.Product}"),
        new("GET /api/v1/cooperatives", Who.Anonymous, _ => "/api/v1/cooperatives"),
        new("GET /api/v1/cooperatives/{id:int}", Who.Anonymous, w => $"/api/v1/cooperatives/{w.Organisation}"),
        new("GET /api/v1/demands", Who.Anonymous, _ => "/api/v1/demands"),
        new("GET /api/v1/demands/{id:int}", Who.Anonymous, w => $"/api/v1/demands/{w.Demand}"),
        new("GET /api/v1/demands/{id:int}/matches", Who.Buyer, w => $"/api/v1/demands/{w.Demand}/matches"),
        new("GET /api/v1/suggest", Who.Anonymous, _ => "/api/v1/suggest"),
        new("GET /inquiries", Who.Buyer, _ => "/inquiries"),
        new("GET /inquiries/new", Who.Buyer, _ => "/inquiries/new"),
        new("GET /inquiries/requests/{id:int}", Who.Buyer, w => $"/inquiries/requests/{w.Request}"),
        new("GET /inquiries/requests/{id:int}/quotes.csv", Who.Buyer, w => $"/inquiries/requests/{w.Request}/quotes.csv"),
        new("GET /api/v1/inquiries", Who.Buyer, _ => "/api/v1/inquiries"),
        new("GET /api/v1/inquiries/{id:int}", Who.Buyer, w => $"/api/v1/inquiries/{w.Thread}"),
        new("GET /api/v1/inquiries/{id:int}/messages", Who.Buyer, w => $"/api/v1/inquiries/{w.Thread}/messages"),
    ];

    [Fact]
    public void Every_endpoint_that_takes_input_has_a_hostile_input_recipe()
    {
        var discovered = HostileEndpoints.Discover(site.Services);
        var recipes = FormRecipes.Select(r => r.Endpoint).Concat(QueryRecipes.Select(r => r.Endpoint)).Concat(JsonRecipes.Select(r => r.Endpoint)).Append(ErrorPage).Append(Health).ToHashSet();

        var withoutRecipe = discovered.Where(e => !recipes.Contains(e.Key)).ToList();
        var stale = recipes.Where(r => discovered.All(e => e.Key != r)).ToList();

        output.WriteLine($"{discovered.Count} endpoints take input:");
        foreach (var endpoint in discovered)
        {
            output.WriteLine("  " + endpoint);
        }

        Assert.True(
            withoutRecipe.Count == 0 && stale.Count == 0,
            (withoutRecipe.Count > 0 ? "Endpoints without a hostile-input recipe (add one to HostileInputTests):\n  " + string.Join("\n  ", withoutRecipe) + "\n" : string.Empty)
            + (stale.Count > 0 ? "Recipes for endpoints the site no longer maps:\n  " + string.Join("\n  ", stale) : string.Empty));
    }

    [Fact]
    public async Task No_hostile_form_field_ends_in_a_server_error_or_a_refusal_without_a_message()
    {
        var clock = Stopwatch.StartNew();
        var world = await WorldAsync();
        var findings = new HostileFindings();
        var mapped = HostileEndpoints.Discover(site.Services).Select(e => e.Key).ToHashSet();
        output.WriteLine(FormattableString.Invariant($"set-up: {clock.Elapsed.TotalSeconds:0.0} s"));
        foreach (var recipe in FormRecipes.Where(r => mapped.Contains(r.Endpoint)))
        {
            var (started, sent) = (clock.Elapsed, findings.Requests);
            await RunFormAsync(recipe, world, findings);
            output.WriteLine(FormattableString.Invariant($"{recipe.Endpoint}: {findings.Requests - sent} requests, {(clock.Elapsed - started).TotalSeconds:0.0} s"));
        }

        await RunErrorPageAsync(world, findings);
        await RunHealthAsync(world, findings);
        Finish(findings, "form posts", clock);
    }

    [Fact]
    public async Task No_hostile_json_ends_in_a_server_error_or_a_problem_without_a_message()
    {
        var clock = Stopwatch.StartNew();
        var world = await WorldAsync(full: false);
        var findings = new HostileFindings();
        foreach (var recipe in JsonRecipes)
        {
            var (started, sent) = (clock.Elapsed, findings.Requests);
            await RunJsonAsync(recipe, world, findings);
            output.WriteLine(FormattableString.Invariant($"{recipe.Endpoint}: {findings.Requests - sent} requests, {(clock.Elapsed - started).TotalSeconds:0.0} s"));
        }

        Finish(findings, "JSON posts", clock);
    }

    [Fact]
    public async Task No_hostile_query_string_ends_in_a_server_error_or_a_refusal_without_a_message()
    {
        var clock = Stopwatch.StartNew();
        var world = await WorldAsync(full: false);
        var findings = new HostileFindings();
        var discovered = HostileEndpoints.Discover(site.Services).ToDictionary(e => e.Key);
        foreach (var recipe in QueryRecipes.Where(r => discovered.ContainsKey(r.Endpoint)))
        {
            var client = world.Client(recipe.Who);
            var path = recipe.Path(world);
            var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
            var baseline = await SendAsync(findings, client, HttpMethod.Get, path, null);
            var body = await baseline.Content.ReadAsStringAsync();
            if ((isApi ? findings.JudgeApi(recipe.Endpoint, "(none)", "baseline", baseline, body) : findings.JudgeHtml(recipe.Endpoint, "(none)", "baseline", baseline, body, null)) != Outcome.Accepted)
            {
                findings.Add(recipe.Endpoint, "(none)", "baseline: no query", (int)baseline.StatusCode, "the page without a query was not answered (recipe or product broken)");
                continue;
            }

            foreach (var parameter in discovered[recipe.Endpoint].QueryParameters)
            {
                foreach (var variant in HostileVariants.ForQuery())
                {
                    findings.Tried();
                    var url = $"{path}?{Uri.EscapeDataString(parameter)}={(variant.Raw ? variant.Value : Uri.EscapeDataString(variant.Value!))}";
                    var response = await SendAsync(findings, client, HttpMethod.Get, url, null);
                    var answer = await response.Content.ReadAsStringAsync();
                    _ = isApi
                        ? findings.JudgeApi(recipe.Endpoint, parameter, variant.ToString(), response, answer)
                        : findings.JudgeHtml(recipe.Endpoint, parameter, variant.ToString(), response, answer, null);
                }
            }
        }

        Finish(findings, "query strings", clock);
    }

    private void Finish(HostileFindings findings, string what, Stopwatch clock)
    {
        var summary = FormattableString.Invariant(
            $"{site.ProviderName}, {what}: {findings.Variants} variants ({findings.Accepted} answers taken, {findings.Refused} refused with a message), {findings.Requests} requests, {clock.Elapsed.TotalSeconds:0.0} s, {findings.All.Count} finding(s)");
        output.WriteLine(summary);
        if (findings.All.Count > 0)
        {
            output.WriteLine(findings.Report(what));
        }

        Assert.True(findings.All.Count == 0, findings.Report($"{what} on {site.ProviderName}"));
    }

    /// <summary>One form: read it from its page as a browser would, post it valid once, then once per field and variant.</summary>
    private async Task RunFormAsync(FormRecipe recipe, World world, HostileFindings findings)
    {
        var pagePath = recipe.Page(world);
        var (client, fields, multipart) = await OpenAsync(recipe, world, findings);
        if (fields is null)
        {
            findings.Add(recipe.Endpoint, "(form)", "baseline", 0, $"no form on {pagePath} posts to {recipe.Post(world)} (recipe broken)");
            return;
        }

        var cases = new List<(string Field, Variant? Variant)>();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var variants = field.Kind == FieldKind.File ? FileVariants() : HostileVariants.For(field.Kind, i);
            cases.AddRange(variants.Select(v => (field.Name, (Variant?)v)));
        }

        if (recipe.BaselineLast)
        {
            cases.Add(("(none)", null));
        }
        else
        {
            cases.Insert(0, ("(none)", null));
        }

        foreach (var (name, variant) in cases)
        {
            if (recipe.NewSessionPerVariant && variant is not null)
            {
                (client, fields, _) = await OpenAsync(recipe, world, findings);
            }

            var posted = Fill(fields!, recipe.Valid(world), name, variant);
            if (variant is not null)
            {
                findings.Tried();
            }

            var postPath = recipe.Post(world);
            var response = await SendAsync(findings, client, HttpMethod.Post, postPath, multipart ? Multipart(posted) : UrlEncoded(posted));
            var body = await response.Content.ReadAsStringAsync();
            var label = variant?.ToString() ?? "baseline: a valid form";
            var outcome = findings.JudgeHtml(recipe.Endpoint, name, label, response, body, postPath);
            if (HostileFindings.IsRedirect(response.StatusCode) && response.Headers.Location is { } location && !location.IsAbsoluteUri)
            {
                var landing = await SendAsync(findings, client, HttpMethod.Get, location.OriginalString, null);
                var page = await landing.Content.ReadAsStringAsync();
                findings.JudgeHtml(recipe.Endpoint, name, label + " (the page it redirects to)", landing, page, null);
            }

            // Only markup can come back wrong on the public page; the rest was checked on the page the save redirects to.
            if (outcome == Outcome.Accepted && recipe.ShownAt is { } shownAt && variant?.Class is null or "markup")
            {
                var shown = await SendAsync(findings, world.Anonymous, HttpMethod.Get, shownAt(world), null);
                findings.JudgeHtml(recipe.Endpoint, name, label + $" (the public page {shownAt(world)})", shown, await shown.Content.ReadAsStringAsync(), null);
            }

            if (variant is null && outcome != Outcome.Accepted)
            {
                findings.Add(recipe.Endpoint, "(none)", label, (int)response.StatusCode, "a valid form was not accepted (recipe or product broken): " + FirstMessage(body));
            }

            if (outcome == Outcome.Accepted && recipe.Renew is { } renew)
            {
                await renew(world);
                (client, fields, _) = await OpenAsync(recipe, world, findings);
            }
        }
    }

    /// <summary>The recipe's client, and the form's fields read from its page, with the token a browser would post.</summary>
    private async Task<(HttpClient Client, List<FormField>? Fields, bool Multipart)> OpenAsync(FormRecipe recipe, World world, HostileFindings findings)
    {
        var client = recipe.NewSessionPerVariant ? site.Browser() : world.Client(recipe.Who);
        var response = await SendAsync(findings, client, HttpMethod.Get, recipe.Page(world), null);
        var html = await response.Content.ReadAsStringAsync();
        if (recipe.TokenOnly)
        {
            return (client, [new FormField(Token, FieldKind.Token, [Forms.Token(html)])], false);
        }

        var form = HostileHtml.FormPostingTo(HostileHtml.Parse(html), recipe.Page(world), recipe.Post(world));
        return form is null
            ? (client, null, false)
            : (client, HostileHtml.Fields(form), string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The page's fields with the recipe's valid values over them, and <paramref name="target"/> given the variant (or left out).</summary>
    private static List<(FormField Field, string Value, bool Raw)> Fill(List<FormField> fields, IEnumerable<KeyValuePair<string, string>> valid, string target, Variant? variant)
    {
        var overrides = valid.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.Select(v => v.Value).ToList());
        var all = fields.Select(f => overrides.TryGetValue(f.Name, out var values) ? f with { Values = values } : f).ToList();
        all.AddRange(overrides.Where(o => fields.All(f => f.Name != o.Key)).Select(o => new FormField(o.Key, FieldKind.Text, o.Value)));

        var posted = new List<(FormField, string, bool)>();
        foreach (var field in all)
        {
            if (field.Name == target && variant is not null)
            {
                if (variant.Value is not null)
                {
                    posted.Add((field, variant.Value, variant.Raw));
                }
            }
            else if (field.Kind == FieldKind.File)
            {
                posted.Add((field, "valid.jpg", false));
            }
            else
            {
                posted.AddRange(field.Values.Select(v => (field, v, false)));
            }
        }

        return posted;
    }

    /// <summary>
    /// The body as a browser sends it: %-escaped UTF-8 and a content type without a charset (StringContent would add
    /// "charset=us-ascii", and the form reader would then read every escaped Vietnamese letter as '?').
    /// </summary>
    private static ByteArrayContent UrlEncoded(List<(FormField Field, string Value, bool Raw)> posted)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(HostileVariants.UrlEncoded(posted.Select(p => (p.Field.Name, p.Value, p.Raw)))));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>A multipart body; a file field's value names the file variant (see <see cref="FileVariants"/>).</summary>
    private static MultipartFormDataContent Multipart(List<(FormField Field, string Value, bool Raw)> posted)
    {
        var content = new MultipartFormDataContent();
        foreach (var (field, value, raw) in posted)
        {
            if (field.Kind == FieldKind.File)
            {
                var (bytes, fileName) = FileOf(value);
                var part = new ByteArrayContent(bytes);
                part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
                content.Add(part, field.Name, fileName);
            }
            else
            {
                content.Add(new ByteArrayContent(new Variant(string.Empty, string.Empty, value, raw).Bytes()), field.Name);
            }
        }

        return content;
    }

    private static readonly Lazy<byte[]> Jpeg = new(() => Products.Jpeg(320, 240));

    /// <summary>A file field's variants; the value is a key <see cref="FileOf"/> turns into the file.</summary>
    private static IReadOnlyList<Variant> FileVariants() =>
    [
        new("missing", "no file", null),
        new("empty", "a file of 0 bytes", "empty"),
        new("wrong type", "text named .jpg", "text"),
        new("markup", "an HTML page named .jpg", "html"),
        new("markup", "a photo named <img onerror>", "markup-name"),
        new("over-long", "a file name of 20,000 characters", "long-name"),
    ];

    private static (byte[] Bytes, string FileName) FileOf(string key) => key switch
    {
        "empty" => ([], "empty.jpg"),
        "text" => ("abc"u8.ToArray(), "abc.jpg"),
        "html" => (Encoding.UTF8.GetBytes("<html><body>" + HostileVariants.ScriptMarker + "</body></html>"), "page.jpg"),
        "markup-name" => (Jpeg.Value, HostileVariants.ImageMarker + ".jpg"),
        "long-name" => (Jpeg.Value, new string('a', 20_000) + ".jpg"),
        _ => (Jpeg.Value, "thanh-long.jpg"),
    };

    /// <summary>/error/{code} with every query variant as the code, by GET and by POST.</summary>
    private async Task RunErrorPageAsync(World world, HostileFindings findings)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
        {
            // A NUL in a path is refused by Kestrel before the site (and the test server cannot even send one).
            foreach (var variant in HostileVariants.ForQuery().Where(v => v.Value!.Trim().Length > 0 && !v.Value.Contains('\0', StringComparison.Ordinal)))
            {
                findings.Tried();
                var segment = variant.Raw ? variant.Value! : Uri.EscapeDataString(variant.Value!);
                var response = await SendAsync(findings, world.Anonymous, method, "/error/" + segment, method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null);
                findings.JudgeHtml(ErrorPage, "{code}", $"{method} {variant}", response, await response.Content.ReadAsStringAsync(), null);
            }
        }
    }

    /// <summary>/health with each query variant in a query and in a posted form.</summary>
    private async Task RunHealthAsync(World world, HostileFindings findings)
    {
        foreach (var variant in HostileVariants.ForQuery())
        {
            findings.Tried();
            var value = variant.Raw ? variant.Value! : Uri.EscapeDataString(variant.Value!);
            var read = await SendAsync(findings, world.Anonymous, HttpMethod.Get, "/health?check=" + value, null);
            findings.JudgeHtml(Health, "?check", $"GET {variant}", read, await read.Content.ReadAsStringAsync(), null);
            var posted = await SendAsync(findings, world.Anonymous, HttpMethod.Post, "/health", new StringContent("check=" + value, Encoding.ASCII, "application/x-www-form-urlencoded"));
            findings.JudgeHtml(Health, "check (form)", $"POST {variant}", posted, await posted.Content.ReadAsStringAsync(), null);
        }
    }

    /// <summary>One JSON POST: a valid body once, then each property and the whole body made hostile.</summary>
    private async Task RunJsonAsync(JsonRecipe recipe, World world, HostileFindings findings)
    {
        var valid = recipe.Valid(world);
        var post = new JsonPost(recipe.Endpoint, world.Client(recipe.Who), recipe.Path(world), findings);
        await PostJsonAsync(post, "(none)", "baseline: a valid body", valid.ToJsonString(), baseline: true);

        foreach (var (name, value) in valid)
        {
            foreach (var (label, json) in JsonVariants(value!))
            {
                var body = valid.DeepClone().AsObject();
                string text;
                if (json is null)
                {
                    body.Remove(name);
                    text = body.ToJsonString();
                }
                else
                {
                    // Raw JSON text goes in by hand: a node would re-encode it (and cannot hold bytes that are not UTF-8).
                    body[name] = "\u0001placeholder\u0001";
                    text = body.ToJsonString().Replace("\"\\u0001placeholder\\u0001\"", json, StringComparison.Ordinal);
                }

                findings.Tried();
                await PostJsonAsync(post, name, label, text);
            }
        }

        var whole = valid.ToJsonString();
        foreach (var (label, text, type) in new (string, string, string?)[]
        {
            ("invalid JSON: cut short", whole[..^5], "application/json"),
            ("invalid JSON: trailing text", whole + " x", "application/json"),
            ("invalid JSON: single quotes", whole.Replace('"', '\''), "application/json"),
            ("empty body", string.Empty, "application/json"),
            ("null", "null", "application/json"),
            ("an array", "[" + whole + "]", "application/json"),
            ("a string", "\"" + HostileVariants.ScriptMarker + "\"", "application/json"),
            ("deep nesting: 100,000 arrays", new string('[', 100_000) + new string(']', 100_000), "application/json"),
            ("deep nesting: 1,000 objects", string.Concat(Enumerable.Repeat("{\"a\":", 1_000)) + "1" + new string('}', 1_000), "application/json"),
            ("not UTF-8 bytes in a string", whole.Replace($"\"{recipe.TextProperty}\":\"", $"\"{recipe.TextProperty}\":\"\u00FF\u00FE", StringComparison.Ordinal), "application/json"),
            ("wrong media type: text/plain", whole, "text/plain"),
            ("wrong media type: a form", "title=abc", "application/x-www-form-urlencoded"),
            ("no media type", whole, null),
            ("media type with a charset of latin1", whole, "application/json; charset=iso-8859-1"),
        })
        {
            findings.Tried();
            await PostJsonAsync(post, "(body)", label, text, type: type, latin1: label.StartsWith("not UTF-8", StringComparison.Ordinal));
        }

        foreach (var variant in HostileVariants.ForQuery())
        {
            findings.Tried();
            var query = "?lang=" + (variant.Raw ? variant.Value : Uri.EscapeDataString(variant.Value!));
            await PostJsonAsync(post, "lang (query)", variant.ToString(), whole, query: query);
        }
    }

    /// <summary>Where one JSON recipe posts, as whom, and where its findings go.</summary>
    private sealed record JsonPost(string Endpoint, HttpClient Client, string Path, HostileFindings Findings);

    private static async Task PostJsonAsync(JsonPost post, string field, string label, string text, bool baseline = false, string? type = "application/json", bool latin1 = false, string query = "")
    {
        var (endpoint, client, path, findings) = post;
        // Latin-1 writes each char as one byte: "\u00FF\u00FE" become the bytes FF FE, which no UTF-8 reader accepts.
        var content = new ByteArrayContent(latin1 ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text));
        if (type is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        var response = await SendAsync(findings, client, HttpMethod.Post, path + query, content);
        var body = await response.Content.ReadAsStringAsync();
        var outcome = findings.JudgeApi(endpoint, field, label, response, body);
        if (baseline && outcome != Outcome.Accepted)
        {
            findings.Add(endpoint, field, label, (int)response.StatusCode, "a valid body was not accepted (recipe or product broken): " + HostileFindings.Shorten(body, 300));
        }

        if (outcome == Outcome.Accepted && response.Headers.Location is { } location)
        {
            // What the API saved is shown on its page: typed markup must stay text there.
            var page = location.OriginalString.Replace("/api/v1/", "/", StringComparison.Ordinal);
            var shown = await SendAsync(findings, client, HttpMethod.Get, page, null);
            findings.JudgeHtml(endpoint, field, label + $" (the page {page})", shown, await shown.Content.ReadAsStringAsync(), null);
        }
    }

    private static JsonObject ValidDemand() => new()
    {
        ["title"] = "Cần mua hồ tiêu " + Word(),
        ["category"] = "black-pepper",
        ["quantity"] = 40,
        ["unit"] = "tan",
        ["frequency"] = "perSeason",
        ["deliveryProvince"] = "ho-chi-minh",
        ["deliveryFrom"] = Buyers.Day(Buyers.Today.AddDays(60)),
        ["deliveryTo"] = Buyers.Day(Buyers.Today.AddDays(150)),
        ["validUntil"] = Buyers.Day(Buyers.Today.AddDays(45)),
        ["requiredCertificates"] = new JsonArray("vietgap"),
        ["minimumOcopStars"] = 4,
        ["targetPriceVnd"] = 30_000_000,
        ["description"] = "Hạt **chắc**, độ ẩm dưới 13%.",
        ["showCompanyName"] = true,
    };

    private static JsonObject ValidInquiry(int product) => new()
    {
        ["products"] = new JsonArray(product),
        ["quantity"] = 2,
        ["unit"] = "tan",
        ["deliveryProvince"] = "ha-noi",
        ["deliveryFrom"] = Buyers.Day(Buyers.Today.AddDays(5)),
        ["deliveryTo"] = Buyers.Day(Buyers.Today.AddDays(20)),
        ["targetPriceVnd"] = 30_000,
        ["requiredCertificates"] = new JsonArray("vietgap"),
        ["deadline"] = Buyers.Day(Buyers.Today.AddDays(3)),
        ["message"] = "Cần 2 tấn giao Hà Nội " + Word(),
        ["wantedQuotes"] = 1,
    };

    private static JsonObject ValidQuote(int product) => new()
    {
        ["deliveryTerms"] = "fob",
        ["deliveryPlace"] = "Cát Lái",
        ["leadTimeDays"] = 10,
        ["paymentTerms"] = "Cọc 30%",
        ["validUntil"] = Buyers.Day(Buyers.Today.AddDays(10)),
        ["lines"] = new JsonArray(new JsonObject
        {
            ["product"] = product, ["unitPriceVnd"] = 26_000, ["quantity"] = 2000, ["unit"] = "kg", ["minimumOrder"] = 500, ["packaging"] = "Thùng 10 kg",
            ["samplePriceVnd"] = 200_000, ["tiers"] = new JsonArray(new JsonObject { ["fromQuantity"] = 1500, ["unitPriceVnd"] = 25_000 }),
        }),
    };

    /// <summary>Raw JSON for one property (null: left out), by the kind of its valid value.</summary>
    private static IEnumerable<(string Label, string? Json)> JsonVariants(JsonNode valid)
    {
        yield return ("missing: left out", null);
        yield return ("null", "null");
        yield return ("empty: \"\"", "\"\"");
        yield return ("empty: whitespace", "\"   \"");
        yield return ("over-long: 100,000 characters", JsonSerializer.Serialize(HostileVariants.OverLong));
        yield return ("control character: \\u0000", "\"a\\u0000b\"");
        yield return ("control character: \\u0001", "\"a\\u0001b\"");
        yield return ("invalid UTF-16: lone surrogate \\uD800", "\"a\\uD800b\"");
        yield return ("markup: script", JsonSerializer.Serialize("\"'></script>" + HostileVariants.ScriptMarker));
        yield return ("markup: img onerror", JsonSerializer.Serialize(HostileVariants.ImageMarker));
        yield return ("deep nesting: 1,000 arrays", new string('[', 1_000) + new string(']', 1_000));
        yield return ("wrong type: an object", "{\"a\":1}");
        switch (valid.GetValueKind())
        {
            case JsonValueKind.Number:
                yield return ("wrong type: \"abc\"", "\"abc\"");
                yield return ("wrong type: true", "true");
                yield return ("wrong type: a number as text \"12\"", "\"12\"");
                yield return ("out of range: -1", "-1");
                yield return ("out of range: 2147483648", "2147483648");
                yield return ("out of range: 1e30", "1e30");
                yield return ("out of range: 9999999999999999999", "9999999999999999999");
                yield return ("out of range: 1e400", "1e400");
                yield return ("out of range: 0.5", "0.5");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                yield return ("wrong type: \"maybe\"", "\"maybe\"");
                yield return ("wrong type: 1", "1");
                break;
            case JsonValueKind.Array:
                yield return ("wrong type: a string", "\"vietgap\"");
                yield return ("array with null", "[null]");
                yield return ("array with a number", "[42]");
                yield return ("array with an object", "[{}]");
                yield return ("array of 10,000 codes", "[" + string.Join(',', Enumerable.Repeat("\"vietgap\"", 10_000)) + "]");
                break;
            default:
                yield return ("wrong type: 42", "42");
                yield return ("wrong type: true", "true");
                yield return ("wrong type: an array", "[\"a\"]");
                yield return ("wrong type: Zzz", "\"Zzz\"");
                yield return ("out of range: 2026-13-45", "\"2026-13-45\"");
                yield return ("out of range: 0001-01-01", "\"0001-01-01\"");
                yield return ("out of range: 9999-12-31", "\"9999-12-31\"");
                break;
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HostileFindings findings, HttpClient client, HttpMethod method, string url, HttpContent? content)
    {
        findings.Sent();
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static string FirstMessage(string html)
    {
        var page = HostileHtml.Parse(html);
        var message = page.QuerySelectorAll(".field-validation-error, .validation-summary-errors, [role=alert], .error-page h1")
            .Select(e => e.TextContent.Trim()).FirstOrDefault(t => t.Length > 0);
        return message ?? HostileFindings.Shorten(page.Title ?? html, 200);
    }

    private static string Word() => Guid.NewGuid().ToString("N")[..6];

    private static Dictionary<string, string> Lot() => Values(
        ("LotCode", "TL-" + Word().ToUpperInvariant()),
        ("Date", Buyers.Day(Buyers.Today.AddDays(-3))),
        ("GrowingArea", "Lô 3, xã Hàm Liêm"),
        ("Quantity", "9,5"),
        ("Unit", "Tan"));

    private static Dictionary<string, string> Certificate() => Values(
        ("Certificate.TypeCode", "vietgap"),
        ("Certificate.Number", "VG-" + Word()),
        ("Certificate.ValidUntil", Buyers.Day(Buyers.Today.AddYears(2))));

    /// <summary>The people and rows the recipes name, made through the site's own forms; <paramref name="full"/>: also what only the form posts need.</summary>
    private async Task<World> WorldAsync(bool full = true)
    {
        var cooperative = site.Browser();
        var email = await Cooperatives.SignedInAsync(site, cooperative);
        var organisation = await site.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId!.Value).SingleAsync());
        var product = await Products.CreateAsync(cooperative, Products.Form("Thanh long ruột đỏ " + Word()));
        await Products.PublishAsync(cooperative, product);
        var buyer = site.Browser();
        await Buyers.SignedInAsync(site, buyer);
        var demand = await Buyers.PostDemandAsync(buyer, Buyers.DemandForm("Cần mua thanh long " + Word()));
        var threads = new ThreadWorld(buyer, string.Empty, string.Empty, cooperative, email, product);
        var world = new World
        {
            Anonymous = site.Browser(), Cooperative = cooperative, Buyer = buyer, Organisation = organisation, Product = product, Demand = demand,
            Thread = await threads.SendAsync(),
            Request = await RequestAsync(threads),
        };
        if (!full)
        {
            return world;
        }

        world.Threads = threads;
        await QuotedThreadAsync(world);
        var otherBuyer = site.Browser();
        await Buyers.SignedInAsync(site, otherBuyer);
        world.BlockedThread = await (threads with { Buyer = otherBuyer }).SendAsync();
        world.DoomedRequest = await RequestAsync(threads);
        Assert.Equal(HttpStatusCode.OK, (await buyer.SubmitAsync("/account/tokens", [new("Name", "Kho"), new("Scope", "Write"), new("Days", "90")])).StatusCode);
        world.Token = await site.InDatabaseAsync(db => db.Set<Marketplace.Accounts.AccessTokens.PersonalAccessToken>().MaxAsync(t => t.Id));

        world.DoomedProduct = await Products.CreateAsync(cooperative, Products.Form("Mít Thái " + Word()));
        world.ToHide = await Products.CreateAsync(cooperative, Products.Form("Bưởi da xanh " + Word()));
        world.Hidden = await Products.CreateAsync(cooperative, Products.Form("Sầu riêng " + Word()));
        foreach (var id in new[] { world.ToHide, world.Hidden })
        {
            await Products.PublishAsync(cooperative, id);
        }

        for (var i = 0; i < 2; i++)
        {
            await Products.UploadAsync(cooperative, product, Jpeg.Value, "thanh-long.jpg");
            Assert.Equal(HttpStatusCode.Redirect, (await cooperative.SubmitAsync($"/manage/products/{product}", Lot(), $"/manage/products/{product}/lots")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await cooperative.SubmitAsync("/manage/profile", Certificate(), "/manage/certificates")).StatusCode);
        }

        var photos = await site.InDatabaseAsync(db => db.ProductPhotos.Where(p => p.ProductId == product).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        var lots = await site.InDatabaseAsync(db => db.Lots.Where(l => l.ProductId == product).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync());
        var certificates = await site.InDatabaseAsync(db => db.Certificates.Where(c => c.OrganisationId == organisation).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        (world.Photo, world.DoomedPhoto) = (photos[0], photos[1]);
        (world.Lot, world.DoomedLot) = (lots[0], lots[1]);
        (world.Certificate, world.DoomedCertificate) = (certificates[0], certificates[1]);
        world.DoomedDemand = await Buyers.PostDemandAsync(buyer, Buyers.DemandForm("Cần mua bưởi " + Word()));

        world.Moderator = site.Browser();
        await Staff.SignedInAsync(site, world.Moderator, Roles.Organiser);
        var hidden = await world.Moderator.SubmitAsync(
            $"/moderate/cooperatives/{organisation}", Values(("cooperative", organisation.ToString(CultureInfo.InvariantCulture)), ("reason", "Ảnh mờ")), $"/moderate/products/{world.Hidden}/hide");
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);

        world.OwnSession = site.Browser();
        await Cooperatives.SignedInAsync(site, world.OwnSession);
        world.SignInEmail = await Cooperatives.ConfirmedAsync(site);

        var forgetful = await Cooperatives.ConfirmedAsync(site);
        Assert.Equal(HttpStatusCode.OK, (await site.Browser().SubmitAsync("/account/forgot-password", Values(("Email", forgetful)))).StatusCode);
        var reset = Mailbox.For(site, forgetful).SelectMany(Mailbox.Links).Single(l => l.Contains("reset-password", StringComparison.Ordinal));
        world.ResetPage = new Uri(reset).PathAndQuery;
        return world;
    }

    /// <summary>A new thread of the world's buyer that its cooperative has quoted.</summary>
    private static async Task QuotedThreadAsync(World world)
    {
        world.QuotedThread = await world.Threads.SendAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await world.Threads.QuoteAsync(world.QuotedThread, 27_000)).StatusCode);
    }

    /// <summary>A request for quotation from the world's buyer to its cooperative and a new one: two threads compared.</summary>
    private async Task<int> RequestAsync(ThreadWorld threads)
    {
        var other = site.Browser();
        await Cooperatives.SignedInAsync(site, other);
        var otherProduct = await Products.CreateAsync(other, Products.Form("Thanh long ruột trắng " + Word()));
        Assert.Equal(HttpStatusCode.Redirect, (await Products.PublishAsync(other, otherProduct)).StatusCode);
        var fields = ThreadWorld.Form().ToList();
        fields.Add(new("ProductIds", ThreadWorld.Invariant(threads.Product)));
        fields.Add(new("ProductIds", ThreadWorld.Invariant(otherProduct)));
        var sent = await threads.Buyer.SubmitAsync($"/inquiries/new?product={threads.Product}", fields, "/inquiries/new");
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        return int.Parse(sent.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>The signed-in people and the ids of their own rows that recipes put in addresses.</summary>
    private sealed class World
    {
        public required HttpClient Anonymous { get; init; }

        public required HttpClient Cooperative { get; init; }

        public required HttpClient Buyer { get; init; }

        public HttpClient Moderator { get; set; } = null!;

        public HttpClient OwnSession { get; set; } = null!;

        public required int Organisation { get; init; }

        public required int Product { get; init; }

        public required int Demand { get; init; }

        public required int Thread { get; init; }

        public required int Request { get; init; }

        public ThreadWorld Threads { get; set; } = null!;

        public int QuotedThread { get; set; }

        public int BlockedThread { get; set; }

        public int DoomedRequest { get; set; }

        public int Token { get; set; }

        public int DoomedProduct { get; set; }

        public int ToHide { get; set; }

        public int Hidden { get; set; }

        public int Photo { get; set; }

        public int DoomedPhoto { get; set; }

        public int Lot { get; set; }

        public int DoomedLot { get; set; }

        public int Certificate { get; set; }

        public int DoomedCertificate { get; set; }

        public int DoomedDemand { get; set; }

        public string SignInEmail { get; set; } = string.Empty;

        public string ResetPage { get; set; } = string.Empty;

        public HttpClient Client(Who who) => who switch
        {
            Who.Cooperative => Cooperative,
            Who.Buyer => Buyer,
            Who.Moderator => Moderator,
            Who.OwnSession => OwnSession,
            _ => Anonymous,
        };
    }
}

public sealed class SqliteHostileInputTests(SqliteMarketplace site, ITestOutputHelper output) : HostileInputTests<SqliteMarketplace>(site, output), IClassFixture<SqliteMarketplace>;

public sealed class PostgresHostileInputTests(PostgresMarketplace site, ITestOutputHelper output) : HostileInputTests<PostgresMarketplace>(site, output), IClassFixture<PostgresMarketplace>;
