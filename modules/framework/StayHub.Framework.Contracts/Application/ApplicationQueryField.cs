namespace StayHub.Framework.Contracts.Application;

/// <summary>One query-string entry of a record bound from the query (a constructor parameter of the record).</summary>
/// <param name="Name">Query-string name, camelCase (<c>pageSize</c>).</param>
/// <param name="Property">The record's property (<c>PageSize</c>).</param>
/// <param name="Type">Its type.</param>
public sealed record ApplicationQueryField(string Name, string Property, Type Type);
