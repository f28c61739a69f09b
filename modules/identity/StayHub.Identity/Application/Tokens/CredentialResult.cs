using StayHub.Identity.Domain;

namespace StayHub.Identity.Application.Tokens;

internal enum CredentialResult
{
    Valid,
    Invalid,
    LockedOut,
}
