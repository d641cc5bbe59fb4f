using System.Net;
using System.Text;
using System.Text.Json;

namespace Marketplace.Web.Tests.Site;

/// <summary>What a hostile request showed: where, with what, the answer, and what was wrong with it.</summary>
internal sealed record Finding(string Endpoint, string Field, string Variant, int Status, string Why);

/// <summary>How an answer was taken: the input saved or read, refused with a message, or wrong (a finding).</summary>
internal enum Outcome
{
    Accepted,
    Refused,
    Wrong,
}

/// <summary>
/// Every finding of a run, kept rather than thrown so that one run reports all of them, and the judging rules:
/// no 5xx; a refusal (4xx, or a form shown again instead of the redirect after a save) says why in words; a page never
/// contains typed markup as markup.
/// </summary>
internal sealed class HostileFindings
{
    private readonly List<Finding> findings = [];

    public int Requests { get; private set; }

    public int Variants { get; private set; }

    public int Accepted { get; private set; }

    public int Refused { get; private set; }

    public IReadOnlyList<Finding> All => findings;

    public void Sent(int requests = 1) => Requests += requests;

    public void Tried() => Variants++;

    public void Add(string endpoint, string field, string variant, int status, string why) =>
        findings.Add(new Finding(endpoint, field, variant, status, why));

    /// <summary>An HTML answer to a form post or a page request. <paramref name="formPath"/>: the form that, shown again, means "refused".</summary>
    public Outcome JudgeHtml(string endpoint, string field, string variant, HttpResponseMessage response, string body, string? formPath) =>
        Counted(Html(endpoint, field, variant, response, body, formPath));

    /// <summary>An /api/v1 answer: a refusal is RFC 9457 problem details with a detail or field errors.</summary>
    public Outcome JudgeApi(string endpoint, string field, string variant, HttpResponseMessage response, string body) =>
        Counted(Api(endpoint, field, variant, response, body));

    private Outcome Counted(Outcome outcome)
    {
        Accepted += outcome == Outcome.Accepted ? 1 : 0;
        Refused += outcome == Outcome.Refused ? 1 : 0;
        return outcome;
    }

    private Outcome Html(string endpoint, string field, string variant, HttpResponseMessage response, string body, string? formPath)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            Add(endpoint, field, variant, status, "server error (the site's log says why)");
            return Outcome.Wrong;
        }

        var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
        if (isHtml && HostileHtml.RunsTypedMarkup(body) is { } markup)
        {
            Add(endpoint, field, variant, status, markup);
            return Outcome.Wrong;
        }

        if (status >= 400)
        {
            if (isHtml && HostileHtml.ShowsMessage(HostileHtml.Parse(body)))
            {
                return Outcome.Refused;
            }

            if (ProblemMessage(response, body) is not null)
            {
                return Outcome.Refused;
            }

            Add(endpoint, field, variant, status, isHtml ? "refused without a message on the page" : $"refused without a message ({Describe(response, body)})");
            return Outcome.Wrong;
        }

        if (status is >= 200 and < 300 && isHtml && formPath is not null)
        {
            var page = HostileHtml.Parse(body);
            if (HostileHtml.FormPostingTo(page, formPath, formPath) is { } form)
            {
                if (HostileHtml.ShowsMessage(page, form))
                {
                    return Outcome.Refused;
                }

                Add(endpoint, field, variant, status, "the form came back (not saved) without a message saying why");
                return Outcome.Wrong;
            }
        }

        return Outcome.Accepted;
    }

    private Outcome Api(string endpoint, string field, string variant, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            Add(endpoint, field, variant, status, "server error (the site's log says why)");
            return Outcome.Wrong;
        }

        if (status < 400)
        {
            return Outcome.Accepted;
        }

        if (ProblemMessage(response, body) is not null)
        {
            return Outcome.Refused;
        }

        Add(endpoint, field, variant, status, $"refused without a message ({Describe(response, body)})");
        return Outcome.Wrong;
    }

    /// <summary>
    /// All findings as one readable list: per endpoint, each answer that was wrong (status and why) once, with every
    /// field and variant that got it.
    /// </summary>
    public string Report(string what)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{findings.Count} finding(s) in {what} ({Variants} variants, {Requests} requests):"));
        foreach (var endpoint in findings.GroupBy(f => f.Endpoint))
        {
            text.AppendLine();
            text.AppendLine(endpoint.Key);
            foreach (var answer in endpoint.GroupBy(f => (f.Status, f.Why)))
            {
                text.AppendLine(Invariant($"  {answer.Key.Status}: {answer.Key.Why}"));
                foreach (var field in answer.GroupBy(f => f.Field))
                {
                    text.AppendLine($"    {field.Key}: {string.Join("; ", field.Select(f => f.Variant))}");
                }
            }
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>The message of a problem+json answer (its detail, or its field errors), or null.</summary>
    private static string? ProblemMessage(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(detail.GetString()))
            {
                return detail.GetString();
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                && errors.EnumerateObject().Any(e => e.Value.ValueKind == JsonValueKind.Array && e.Value.EnumerateArray().Any(m => m.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(m.GetString()))))
            {
                return errors.GetRawText();
            }
        }
        catch (JsonException)
        {
            // Says problem+json but is none: no message either.
            return null;
        }

        return null;
    }

    /// <summary>What came back instead of a message, without what differs per request (trace ids), so that findings group.</summary>
    private static string Describe(HttpResponseMessage response, string body)
    {
        var type = response.Content.Headers.ContentType?.MediaType;
        if (body.Length == 0)
        {
            return type is null ? "an empty body" : $"an empty {type} body";
        }

        if (type is "application/problem+json" or "application/json")
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("title", out var title))
                {
                    return $"{type} titled \"{title}\", with neither detail nor errors";
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: said below.
                return $"{type} that does not parse";
            }
        }

        return type ?? "no content type";
    }

    public static string Shorten(string text, int length)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
    }

    public static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;
}
