using StayHub.Framework.Contracts;

namespace StayHub.Framework.Errors;

public sealed class NotFoundException(string what)
    : StayHubException(ErrorKind.NotFound, ErrorCodes.NotFound, $"{what} was not found.");
