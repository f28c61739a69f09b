using System.Text.Json;
using Microsoft.Extensions.Options;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Http.Client.Proxies;

/// <summary>Sends a built request through the StayHub <see cref="HttpClient"/> (resilience and tokens below) and reads the answer.</summary>
internal sealed class ProxyTransport(IHttpClientFactory clients, IOptions<StayHubClientOptions> options)
{
    private readonly JsonSerializerOptions json = options.Value.JsonSerializerOptions;

    public async Task<T> SendAsync<T>(ApplicationMethodDescriptor method, object?[] args)
    {
        var cancellationToken = RequestFactory.CancellationOf(method, args);
        cancellationToken.ThrowIfCancellationRequested();
        using var request = RequestFactory.Create(method, args, json);
        using var client = clients.CreateClient(StayHubClientNames.Api);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ProblemReader.ReadAsync(response, cancellationToken);
        }

        if (typeof(T) == typeof(NoResult))
        {
            return default!;
        }

        return await ResponseReader.ReadAsync<T>(response, method, json, cancellationToken);
    }
}
