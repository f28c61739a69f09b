using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using StayHub.Framework.Contracts;
using StayHub.Framework.Errors;

namespace StayHub.Framework.Http.Uploads;

/// <summary>Reads the one file of a multipart upload, answering client mistakes with our own 415/400 messages.</summary>
public static class MultipartUpload
{
    /// <summary>The uploaded file in <paramref name="field"/>; its stream lives as long as the request.</summary>
    public static async Task<Stream> OpenFileAsync(HttpRequest request, string field, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new StayHubException(ErrorKind.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, $"Send multipart/form-data with the image in a field named '{field}'.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // A broken boundary or section: the client's fault, not a server error.
            throw new StayHubException(ErrorKind.BadRequest, ErrorCodes.MalformedRequest, "The multipart body could not be read.");
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // The body ended before its closing boundary (a truncated upload); the client is still there to be told.
            throw new StayHubException(ErrorKind.BadRequest, ErrorCodes.MalformedRequest, "The multipart body ended before its closing boundary.");
        }

        var file = form.Files.GetFile(field)
            ?? throw RequestValidationException.ForField(field, $"Attach the image as a file field named '{field}'.");
        return file.OpenReadStream();
    }
}
