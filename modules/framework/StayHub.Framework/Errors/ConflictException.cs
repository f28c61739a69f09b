namespace StayHub.Framework.Errors;

public sealed class ConflictException(string code, string message)
    : StayHubException(ErrorKind.Conflict, code, message);
