using System.Text;

namespace StayHub.Host.Tests.Authorization;

/// <summary>
/// What one cell sends: values for the operation's path placeholders (the route itself comes from the OpenAPI
/// document), a query string, a body, and — for operations that change the caller themselves — a fresh client of
/// the same role to send it with.
/// </summary>
public sealed record MatrixRequest
{
    public IReadOnlyDictionary<string, string> PathValues { get; init; } = new Dictionary<string, string>();

    public string? Query { get; init; }

    /// <summary>Builds the body (a new content per send: contents are disposed with their request).</summary>
    public Func<HttpContent>? Body { get; init; }

    /// <summary>Sends as this client instead of the cell's caller (a fresh user of the caller's role).</summary>
    public HttpClient? SendAs { get; init; }

    public static MatrixRequest None { get; } = new();

    public static MatrixRequest ForId(Guid id) => new() { PathValues = new Dictionary<string, string> { ["id"] = id.ToString() } };

    public MatrixRequest WithJson(string json) => this with { Body = () => new StringContent(json, Encoding.UTF8, "application/json") };

    public static MatrixRequest Json(string json) => None.WithJson(json);
}
