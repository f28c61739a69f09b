using StayHub.Framework.Contracts;
using StayHub.Framework.Contracts.Application;
using StayHub.Framework.Idempotency;
using StayHub.Framework.Imaging;

namespace StayHub.Framework.Http.Application;

/// <summary>
/// The stable error codes an application-service operation may answer: the ones its interface method declares
/// (<see cref="ProducesErrorCodesAttribute"/>) plus the ones the conventions imply, derived here in one place from
/// the same descriptor that maps the endpoint, so the OpenAPI document's <c>x-error-codes</c> cannot drift from it.
/// </summary>
internal static class OperationErrorCodes
{
    /// <summary>Every code of <paramref name="method"/>, ordinal order.</summary>
    public static IReadOnlyList<string> Of(ApplicationMethodDescriptor method)
    {
        var codes = new SortedSet<string>(method.DeclaredErrorCodes, StringComparer.Ordinal);
        var statuses = method.ErrorStatuses;
        if (statuses.Contains(400))
        {
            codes.Add(ErrorCodes.ValidationFailed);
            codes.Add(ErrorCodes.MalformedRequest);
        }

        if (statuses.Contains(401))
        {
            codes.Add(ErrorCodes.Unauthorized);
        }

        if (statuses.Contains(403))
        {
            codes.Add(ErrorCodes.Forbidden);
        }

        if (statuses.Contains(404))
        {
            codes.Add(ErrorCodes.NotFound);
        }

        if (statuses.Contains(415))
        {
            codes.Add(ErrorCodes.UnsupportedMediaType);
        }

        if (method.Idempotent)
        {
            codes.Add(IdempotencyErrorCodes.InvalidKey);
            codes.Add(IdempotencyErrorCodes.InProgress);
            codes.Add(IdempotencyErrorCodes.KeyReused);
        }

        if (method.RateLimitPolicy is not null)
        {
            codes.Add(ErrorCodes.RateLimited);
        }

        if (method.Upload is not null)
        {
            // Every upload is an image today: the request cap, then the image checks (StayHub.Framework/Imaging).
            codes.Add(ErrorCodes.RequestTooLarge);
            codes.Add(MediaErrorCodes.TooLarge);
            codes.Add(MediaErrorCodes.UnsupportedType);
            codes.Add(MediaErrorCodes.InvalidImage);
            codes.Add(MediaErrorCodes.Polyglot);
            codes.Add(MediaErrorCodes.TooManyPixels);
        }

        return [.. codes];
    }
}
