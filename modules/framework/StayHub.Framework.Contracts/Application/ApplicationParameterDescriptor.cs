namespace StayHub.Framework.Contracts.Application;

/// <summary>An argument of an application-service method and how it is bound.</summary>
/// <param name="Name">Parameter name as declared (camelCase); the route or query name for path and simple query values.</param>
/// <param name="Type">Declared type.</param>
/// <param name="Source">Where it travels.</param>
/// <param name="IsOptional">Whether it may be absent (nullable, or with a default value).</param>
/// <param name="Position">Position in the method's parameter list.</param>
/// <param name="QueryFields">For a record bound from the query: one entry per constructor parameter; otherwise <c>null</c>.</param>
/// <param name="Upload">For a file: its multipart field and size cap; otherwise <c>null</c>.</param>
public sealed record ApplicationParameterDescriptor(
    string Name,
    Type Type,
    ParameterBindingSource Source,
    bool IsOptional,
    int Position,
    IReadOnlyList<ApplicationQueryField>? QueryFields,
    UploadAttribute? Upload);
