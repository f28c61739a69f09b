using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Pagination;

/// <summary>Opaque keyset cursors: the last row's sort key, JSON in base64url, so clients cannot depend on its shape.</summary>
public static class Cursor
{
    public static string Encode<T>(T position) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position));

    public static T? Decode<T>(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            throw RequestValidationException.ForField("cursor", "The cursor is not valid.");
        }
    }

    /// <summary>
    /// A cursor bound to the query it pages through: <paramref name="scope"/> is the query's filters (the request record
    /// without its cursor and page size). Decoding it under other filters is a 400, instead of silently starting the
    /// other query at a position that means nothing there.
    /// </summary>
    public static string Encode<T>(T position, object? scope) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new ScopedCursor<T>(position, Fingerprint(scope))));

    /// <summary>Reads a cursor of <see cref="Encode{T}(T, object?)"/>; 400 when it is malformed or was issued for other filters.</summary>
    public static T? Decode<T>(string? cursor, object? scope)
    {
        var scoped = Decode<ScopedCursor<T>>(cursor);
        if (scoped is null)
        {
            return default;
        }

        return scoped.S == Fingerprint(scope)
            ? scoped.P
            : throw RequestValidationException.ForField("cursor", "The cursor belongs to a different query; send the same filters, or start again without it.");
    }

    private static string Fingerprint(object? scope) =>
        Base64Url.EncodeToString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(scope)).AsSpan(0, 9));

    public static int ClampPageSize(int? pageSize)
    {
        if (pageSize is null)
        {
            return Paging.DefaultPageSize;
        }

        if (pageSize < 1 || pageSize > Paging.MaxPageSize)
        {
            throw RequestValidationException.ForField("pageSize", $"pageSize must be between 1 and {Paging.MaxPageSize}.");
        }

        return pageSize.Value;
    }
}
