using System.Reflection;
using Microsoft.AspNetCore.Http;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Http.Uploads;

namespace StayHub.Framework.Http.Application;

/// <summary>
/// The server's <see cref="RemoteStreamContent"/>: the file of a multipart upload, streamed from the request in the
/// field its method's <see cref="UploadAttribute"/> names; disposed with the request.
/// </summary>
public sealed class MultipartFileContent(Stream stream) : RemoteStreamContent(stream)
{
    /// <summary>Minimal APIs' custom binding hook: reads the upload before the method runs (415/400 for a bad body).</summary>
    public static async ValueTask<MultipartFileContent?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.GetEndpoint()?.Metadata.GetMetadata<ApplicationMethodDescriptor>()
            ?? throw new InvalidOperationException("An upload parameter is bound only on application-service endpoints.");
        var upload = method.Upload?.Upload ?? throw new InvalidOperationException($"{method.Name} has no upload parameter.");
        var stream = await MultipartUpload.OpenFileAsync(context.Request, upload.Field, context.RequestAborted);
        var content = new MultipartFileContent(stream);
        context.Response.RegisterForDisposeAsync(content);
        return content;
    }
}
