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

/// <summary>Error codes of the idempotency convention.</summary>
public static class IdempotencyErrorCodes
{
    public const string InvalidKey = "idempotency.invalid_key";
    public const string KeyReused = "idempotency.key_reused";
    public const string InProgress = "idempotency.in_progress";
}
