using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Http.Hosting;

/// <summary>
/// Refuses a body whose declared charset the server does not read (415), before anything tries to decode it: the JSON
/// reader otherwise fails on <c>charset=bogus</c> with an exception that is no client mistake to it (a 500). UTF-8 is
/// what JSON is (RFC 8259); an unknown or unsupported charset is the client's to fix.
/// </summary>
internal sealed class RequestCharsetMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue)
        {
            var charset = type.Charset.Value!;
            if (!IsReadable(charset))
            {
                throw new StayHubException(ErrorKind.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, $"The charset '{charset}' is not supported; send UTF-8.");
            }

            if (charset.StartsWith('"'))
            {
                // RFC 9110 allows a quoted charset ("UTF-8"), but ASP.NET's JSON reader looks the quotes up as part
                // of the name and fails with a 500; hand it the same value unquoted.
                type.Charset = charset.Trim('"');
                context.Request.ContentType = type.ToString();
            }
        }

        return next(context);
    }

    private static bool IsReadable(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"')) is { } encoding && (encoding.CodePage == Encoding.UTF8.CodePage || encoding.CodePage == Encoding.ASCII.CodePage);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
