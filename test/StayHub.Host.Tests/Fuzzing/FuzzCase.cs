using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>One generated request: the operation, who sends it, its parameter values and its body.</summary>
public sealed record FuzzCase(
    int Index,
    FuzzOperation Operation,
    FuzzCaller Caller,
    IReadOnlyDictionary<string, string> PathValues,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    JsonNode? Body,
    string? RawBody,
    string? ContentType,
    bool Multipart,
    byte[]? File = null)
{
    public string Url
    {
        get
        {
            var path = Operation.PathTemplate;
            foreach (var (name, value) in PathValues)
            {
                // /media/{name} is a catch-all route: its slashes are path separators, not data.
                var encoded = Operation.PathTemplate.StartsWith("/media/", StringComparison.Ordinal)
                    ? string.Join("/", value.Split('/').Select(FuzzJson.PercentEncode))
                    : FuzzJson.PercentEncode(value);
                path = path.Replace("{" + name + "}", encoded, StringComparison.Ordinal);
            }

            return Query.Count == 0
                ? path
                : path + "?" + string.Join("&", Query.Select(q => FuzzJson.PercentEncode(q.Key) + "=" + FuzzJson.PercentEncode(q.Value)));
        }
    }

    public string BodyText => RawBody ?? (Body is null ? string.Empty : FuzzJson.Write(Body));

    public bool HasBody => RawBody is not null || Body is not null || Multipart;

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), Url);
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (Multipart)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(File ?? Encoding.UTF8.GetBytes(BodyText));
            file.Headers.ContentType = new MediaTypeHeaderValue(ContentType ?? "image/png");
            form.Add(file, "file", "photo.png");
            request.Content = form;
        }
        else if (RawBody is not null || Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(BodyText));
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return request;
    }

    /// <summary>What a failure report shows: enough to replay the request by hand.</summary>
    public string Describe()
    {
        var body = BodyText;
        var shownBody = body.Length > 400 ? body[..400] + $"… ({body.Length} chars)" : body;
        var url = Url.Length > 400 ? Url[..400] + $"… ({Url.Length} chars)" : Url;
        return $"#{Index} {Operation.Method} {url} as {Caller}"
            + (Headers.Count > 0 ? " headers " + string.Join(", ", Headers.Select(h => $"{h.Key}: {h.Value}")) : string.Empty)
            + (File is not null ? $" [multipart {ContentType}] a real JPEG of {File.Length} bytes" : string.Empty)
            + (HasBody && File is null ? $" [{(Multipart ? "multipart " : string.Empty)}{ContentType ?? "no content-type"}] {shownBody}" : string.Empty);
    }
}
