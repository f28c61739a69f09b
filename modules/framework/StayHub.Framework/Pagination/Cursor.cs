using System.Buffers.Text;
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
