using System.Net;
using Microsoft.Extensions.Options;

namespace Marketplace.Search.Elasticsearch;

/// <summary>The search port over an Elasticsearch 8 server, spoken to through its documented REST API.</summary>
internal sealed class ElasticsearchSearchEngine(IHttpClientFactory clients, IOptions<SearchOptions> options) : ISearchEngine
{
    private readonly ElasticsearchRequests requests = new(options.Value.Elasticsearch.IndexPrefix);

    public string Name => SearchOptions.ElasticsearchEngine;

    public async Task<SearchEngineHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            var reply = await SendAsync(ElasticsearchRequests.ClusterHealth(), cancellationToken);
            return ElasticsearchResponses.Health(Expect(reply));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // A health check reports; whatever went wrong (refused, unreachable, an unexpected body) is its answer.
            return new SearchEngineHealth(false, e is ElasticsearchException ? e.Message : $"Elasticsearch at {Server} gave an unexpected answer: {e.Message}");
        }
    }

    public async Task IndexAsync(string index, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        await EnsureIndexAsync(index, cancellationToken);
        var reply = await SendAsync(requests.IndexDocuments(index, documents), cancellationToken);
        ThrowOnFailures("index", index, documents.Count, ElasticsearchResponses.BulkFailures(Expect(reply), notFoundIsFine: false));
    }

    public async Task DeleteAsync(string index, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        // Unknown ids, and an index that does not exist, answer 404 per item: nothing to delete, which is fine.
        var reply = await SendAsync(requests.DeleteDocuments(index, ids), cancellationToken);
        ThrowOnFailures("delete", index, ids.Count, ElasticsearchResponses.BulkFailures(Expect(reply), notFoundIsFine: true));
    }

    public async Task ResetAsync(string index, CancellationToken cancellationToken)
    {
        // Deleting and re-creating (rather than delete-by-query) also brings the mapping and analyzer up to date.
        Expect(await SendAsync(requests.DeleteIndex(index), cancellationToken), HttpStatusCode.NotFound);
        Expect(await SendAsync(requests.CreateIndex(index), cancellationToken));
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var reply = await SendAsync(requests.Search(query), cancellationToken);
        return ElasticsearchResponses.Search(query, Expect(reply));
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return [];
        }

        var reply = await SendAsync(requests.Suggest(query), cancellationToken);
        return ElasticsearchResponses.Suggest(query, Expect(reply));
    }

    /// <summary>Creates the index with its mapping before the first documents, so they are never mapped by guesswork.</summary>
    private async Task EnsureIndexAsync(string index, CancellationToken cancellationToken)
    {
        var exists = await SendAsync(requests.IndexExists(index), cancellationToken);
        if (exists.Status == HttpStatusCode.OK)
        {
            return;
        }

        Expect(exists, HttpStatusCode.NotFound);
        var created = await SendAsync(requests.CreateIndex(index), cancellationToken);

        // Another writer created it between the two calls: just as good.
        if (created.Status == HttpStatusCode.BadRequest && ElasticsearchResponses.IsError(created.Body, "resource_already_exists_exception"))
        {
            return;
        }

        Expect(created);
    }

    private void ThrowOnFailures(string action, string index, int sent, IReadOnlyList<BulkFailure> failures)
    {
        if (failures.Count > 0)
        {
            throw new ElasticsearchException(ElasticsearchResponses.BulkFailureMessage(action, requests.IndexName(index), sent, failures));
        }
    }

    /// <summary>The body of a successful reply (or of an expected failure status); otherwise an exception naming the call.</summary>
    private static string Expect(Reply reply, HttpStatusCode? alsoFine = null) =>
        (int)reply.Status is >= 200 and < 300 || reply.Status == alsoFine
            ? reply.Body
            : throw new ElasticsearchException(ElasticsearchResponses.ErrorMessage(reply.Request, (int)reply.Status, reply.Body));

    private async Task<Reply> SendAsync(ElasticsearchRequest request, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(ElasticsearchModule.HttpClientName);
        using var message = request.ToHttpRequestMessage();
        try
        {
            using var response = await client.SendAsync(message, cancellationToken);
            return new Reply(request, response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ElasticsearchException($"Elasticsearch at {Server} did not answer {request} within {client.Timeout.TotalSeconds:0} seconds.", e);
        }
        catch (HttpRequestException e)
        {
            throw new ElasticsearchException($"Elasticsearch at {Server} could not be reached for {request}: {e.Message}", e);
        }
    }

    /// <summary>Scheme, host and port only: a user and password given in the URL stay out of messages.</summary>
    private string Server => ElasticsearchConnection.ServerName(options.Value.Elasticsearch);

    private sealed record Reply(ElasticsearchRequest Request, HttpStatusCode Status, string Body);
}
