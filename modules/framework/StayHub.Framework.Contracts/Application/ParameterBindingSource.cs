namespace StayHub.Framework.Contracts.Application;

/// <summary>Where an application-service method's argument travels in an HTTP request.</summary>
public enum ParameterBindingSource
{
    /// <summary>A route segment (<c>{id}</c>).</summary>
    Path,

    /// <summary>The query string: a simple value under its own name, a record as one entry per property.</summary>
    Query,

    /// <summary>The JSON request body.</summary>
    Body,

    /// <summary>A file in a <c>multipart/form-data</c> body (<see cref="RemoteStreamContent"/>).</summary>
    Form,

    /// <summary>Not sent: the call's <see cref="CancellationToken"/> (the request's abort token on the server).</summary>
    Cancellation,
}
