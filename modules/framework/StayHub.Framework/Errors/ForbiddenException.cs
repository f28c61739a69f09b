using StayHub.Framework.Contracts;

namespace StayHub.Framework.Errors;

public sealed class ForbiddenException(string message = "You do not have permission to do this.")
    : StayHubException(ErrorKind.Forbidden, ErrorCodes.Forbidden, message);
