namespace StayHub.Framework.Contracts.Application;

/// <summary>One value a request carries.</summary>
/// <param name="Name">Route, query or form field name (camelCase); <c>body</c> for the JSON body.</param>
/// <param name="Type">Type (C# spelling, e.g. <c>Guid</c>, <c>int?</c>, <c>CreateBookingRequest</c>).</param>
/// <param name="BindingSource"><c>path</c>, <c>query</c>, <c>body</c> or <c>form</c>.</param>
/// <param name="IsOptional">Whether it may be left out.</param>
public sealed record ParameterDefinitionDto(string Name, string Type, string BindingSource, bool IsOptional);
