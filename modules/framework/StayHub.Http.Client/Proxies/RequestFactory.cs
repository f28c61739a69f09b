using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StayHub.Framework.Contracts.Application;

namespace StayHub.Http.Client.Proxies;

/// <summary>
/// Builds the HTTP request of one call from the method's <see cref="ApplicationMethodDescriptor"/> alone — the same
/// description the server maps its endpoint from — so no method has client code of its own.
/// </summary>
internal static partial class RequestFactory
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue Problem = new("application/problem+json");

    public static HttpRequestMessage Create(ApplicationMethodDescriptor method, object?[] args, JsonSerializerOptions json)
    {
        var request = new HttpRequestMessage(new HttpMethod(method.HttpMethod), new Uri(BuildPathAndQuery(method, args, json), UriKind.Relative));
        request.Headers.Accept.Add(Json);
        request.Headers.Accept.Add(Problem);
        if (method.Idempotent)
        {
            // One key per logical call: every retry below re-sends this same message, hence this same key.
            request.Headers.Add(IdempotencyKeyHeader, Guid.NewGuid().ToString("D"));
        }

        request.Options.Set(RequestOptionKeys.Retryable, method.HttpMethod == "GET" || method.Idempotent);
        request.Options.Set(RequestOptionKeys.Resendable, true);

        if (method.Body is { } body && args[body.Position] is { } value)
        {
            // Buffered, so retries and a 401 re-send carry the same bytes (and the same idempotency fingerprint).
            var bytes = JsonSerializer.SerializeToUtf8Bytes(value, body.Type, json);
            request.Content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        }
        else if (method.Upload is { } upload && args[upload.Position] is RemoteStreamContent file)
        {
            request.Content = CreateMultipart(upload.Upload!, file);
            // A caller's stream is read once; it cannot travel twice unless it can rewind.
            request.Options.Set(RequestOptionKeys.Resendable, file.Stream.CanSeek);
        }

        return request;
    }

    public static CancellationToken CancellationOf(ApplicationMethodDescriptor method, object?[] args) =>
        method.Parameters.FirstOrDefault(p => p.Source == ParameterBindingSource.Cancellation) is { } p && args[p.Position] is CancellationToken token
            ? token
            : CancellationToken.None;

    private static MultipartFormDataContent CreateMultipart(UploadAttribute upload, RemoteStreamContent file)
    {
        var content = new MultipartFormDataContent();
        var part = new StreamContent(file.Stream);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        content.Add(part, upload.Field, file.FileName);
        return content;
    }

    private static string BuildPathAndQuery(ApplicationMethodDescriptor method, object?[] args, JsonSerializerOptions json)
    {
        var path = PathParameter().Replace(method.Route, match =>
        {
            var name = match.Groups[1].Value;
            var parameter = method.Parameters.First(p => p.Source == ParameterBindingSource.Path && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            var value = QueryValues.Format(args[parameter.Position], json)
                ?? throw new ArgumentNullException(parameter.Name, $"{method.Name}: route value '{parameter.Name}' is required.");
            return Uri.EscapeDataString(value);
        });

        var query = new StringBuilder();
        foreach (var parameter in method.Parameters.Where(p => p.Source == ParameterBindingSource.Query))
        {
            var value = args[parameter.Position];
            if (parameter.QueryFields is null)
            {
                Append(query, parameter.Name, QueryValues.Format(value, json));
                continue;
            }

            if (value is null)
            {
                continue;
            }

            foreach (var field in parameter.QueryFields)
            {
                Append(query, field.Name, QueryValues.Format(PropertyReader.Read(value, field.Property), json));
            }
        }

        // Routes are absolute (/api/…); relative to the base address they keep any path prefix it has.
        return path.TrimStart('/') + query;
    }

    private static void Append(StringBuilder query, string name, string? value)
    {
        // Absent rather than empty: an empty value would bind as "" (and fail validation) instead of "not given".
        if (value is null)
        {
            return;
        }

        query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\??\}")]
    private static partial Regex PathParameter();
}
