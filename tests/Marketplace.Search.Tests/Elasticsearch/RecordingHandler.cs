using System.Net;
using System.Text;

namespace Marketplace.Search.Tests.Elasticsearch;

/// <summary>Stands in for the server: records each request as it went on the wire and answers from a script.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> answers = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>When the script runs out: 200 with this body.</summary>
    public string DefaultBody { get; set; } = Recorded.Read("search-empty.json");

    public RecordingHandler Answer(HttpStatusCode status, string body = "")
    {
        answers.Enqueue(_ => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        return this;
    }

    public RecordingHandler AnswerRecorded(HttpStatusCode status, string recordedFile) => Answer(status, Recorded.Read(recordedFile));

    public RecordingHandler Throw(Exception exception)
    {
        answers.Enqueue(_ => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!.PathAndQuery,
            body,
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.Authorization?.ToString()));

        return answers.TryDequeue(out var answer)
            ? answer(request)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(DefaultBody, Encoding.UTF8, "application/json") };
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, string? Body, string? ContentType, string? Authorization)
{
    /// <summary><c>POST /marketplace-products/_search</c>, as a test expects it.</summary>
    public string Line => $"{Method} {PathAndQuery}";
}
