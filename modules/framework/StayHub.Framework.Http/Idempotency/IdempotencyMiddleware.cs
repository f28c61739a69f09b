using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StayHub.Framework.Errors;
using StayHub.Framework.Http.Errors;
using StayHub.Framework.Http.Security;
using StayHub.Framework.Idempotency;

namespace StayHub.Framework.Http.Idempotency;

/// <summary>
/// Runs a <c>WithIdempotency()</c> endpoint at most once per key: the first request takes the key with an
/// in-progress row (one INSERT decides races between nodes), its answer below 500 is stored and replayed to
/// repeats of the same request; a 5xx, an aborted request or an unstorable answer gives the key back.
/// Sits after authentication (the key is scoped per user) and inside the exception handler.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store, ILogger<IdempotencyMiddleware> logger)
{
    public const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpointMetadata>() is null
            || !context.Request.Headers.TryGetValue(IdempotencyEndpointExtensions.KeyHeader, out var values))
        {
            await next(context);
            return;
        }

        var clientKey = values.ToString();
        if (values.Count != 1 || string.IsNullOrWhiteSpace(clientKey) || clientKey.Length > MaxKeyLength)
        {
            throw new StayHubException(ErrorKind.BadRequest, IdempotencyErrorCodes.InvalidKey, $"Idempotency-Key must be one value of 1 to {MaxKeyLength} characters.");
        }

        var key = ScopedKey(context, clientKey);
        var fingerprint = await FingerprintAsync(context.Request, context.RequestAborted);
        var lockId = Guid.CreateVersion7();
        // Two rounds: a key released (5xx) between our INSERT and SELECT is simply taken on the second.
        for (var round = 0; round < 2; round++)
        {
            if (await store.TryBeginAsync(key, fingerprint, lockId, context.RequestAborted))
            {
                await RunAndStoreAsync(context, key, lockId);
                return;
            }

            var existing = await store.FindAsync(key, context.RequestAborted);
            if (existing is null)
            {
                continue;
            }

            if (!CryptographicOperations.FixedTimeEquals(existing.Fingerprint, fingerprint))
            {
                throw new StayHubException(ErrorKind.Unprocessable, IdempotencyErrorCodes.KeyReused, "This Idempotency-Key was used with a different request; use a new key for a new request.");
            }

            if (existing.StatusCode is { } status)
            {
                await ReplayAsync(context, existing, status);
                return;
            }

            break;
        }

        throw new StayHubException(ErrorKind.Conflict, IdempotencyErrorCodes.InProgress, "A request with this Idempotency-Key is still being processed; retry later.");
    }

    private async Task RunAndStoreAsync(HttpContext context, string key, Guid lockId)
    {
        var original = context.Response.Body;
        await using var capture = new CaptureStream(original, store.Options.MaxStoredBodyBytes);
        context.Response.Body = capture;
        var stored = false;
        try
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (IsClientError(e) && !context.Response.HasStarted)
            {
                // A 4xx thrown by the endpoint is an answer like any other: write it here, so it is stored and replayed.
                context.Response.Clear();
                if (!await WriteProblemAsync(context, e))
                {
                    throw;
                }
            }

            if (context.Response.StatusCode < 500 && !capture.Overflowed && !context.RequestAborted.IsCancellationRequested)
            {
                var location = context.Response.Headers.Location.ToString();
                await store.CompleteAsync(key, lockId, context.Response.StatusCode, context.Response.ContentType, location.Length == 0 ? null : location, capture.Captured, CancellationToken.None);
                stored = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!stored)
            {
                await ReleaseAsync(key, lockId);
            }
        }
    }

    private async Task ReleaseAsync(string key, Guid lockId)
    {
        try
        {
            await store.ReleaseAsync(key, lockId, CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
        {
            // The row still expires after the in-progress timeout; the request's own outcome matters more.
            logger.LogWarning(e, "Could not release idempotency key");
        }
    }

    private static bool IsClientError(Exception e) =>
        e is not OperationCanceledException && (StayHubExceptionHandler.Map(e).Status ?? 500) < 500;

    private static async Task<bool> WriteProblemAsync(HttpContext context, Exception exception)
    {
        foreach (var handler in context.RequestServices.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, context.RequestAborted))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers[IdempotencyEndpointExtensions.ReplayedHeader] = "true";
        if (record.ContentType is not null)
        {
            context.Response.ContentType = record.ContentType;
        }

        if (record.Location is not null)
        {
            context.Response.Headers.Location = record.Location;
        }

        if (record.Body is { Length: > 0 } body)
        {
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Keys are per caller and per endpoint: two users (or two routes) never see each other's answers.</summary>
    private static string ScopedKey(HttpContext context, string clientKey)
    {
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(StayHubClaims.Subject) ?? "anonymous" : "anonymous";
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? string.Empty;
        return string.Join('\n', user, context.Request.Method, route, clientKey);
    }

    /// <summary>SHA-256 over method, path, query and body; the body is buffered so the endpoint can still read it.</summary>
    private static async Task<byte[]> FingerprintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}\n{request.QueryString}\n"));
        request.EnableBuffering();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }
}
