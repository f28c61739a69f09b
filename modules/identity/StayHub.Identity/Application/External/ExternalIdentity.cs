using Microsoft.EntityFrameworkCore;
using StayHub.Framework.Errors;
using StayHub.Identity.Application.Accounts;
using StayHub.Identity.Application.Sessions;
using StayHub.Identity.Contracts;
using StayHub.Identity.Domain;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.External;

/// <summary>What an external provider told us about the person, after its whole exchange succeeded.</summary>
internal sealed record ExternalIdentity(string Provider, string ProviderKey, string? Email, bool EmailVerified, string? Name);
