using System.Net.Http.Json;
using System.Text.Json;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Http.Client.Proxies;

/// <summary>Reads a successful answer as the method's result type.</summary>
internal static class ResponseReader
{
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, ApplicationMethodDescriptor method, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        if (typeof(RemoteStreamContent).IsAssignableFrom(typeof(T)))
        {
            // The caller owns the file it receives: copy it out so it outlives this response.
            var buffer = new MemoryStream();
            await response.Content.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            var headers = response.Content.Headers;
            var file = new RemoteStreamContent(buffer, headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"') ?? "file",
                headers.ContentType?.ToString() ?? "application/octet-stream");
            return (T)(object)file;
        }

        if (response.Content.Headers.ContentLength == 0 || response.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            return default(T) is null
                ? default!
                : throw new InvalidOperationException($"{method.Name} answered {(int)response.StatusCode} without a body; a {typeof(T).Name} was expected.");
        }

        var value = await response.Content.ReadFromJsonAsync<T>(json, cancellationToken);
        return value ?? (default(T) is null ? default! : throw new InvalidOperationException($"{method.Name} answered null; a {typeof(T).Name} was expected."));
    }
}
