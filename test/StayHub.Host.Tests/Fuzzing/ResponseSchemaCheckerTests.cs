using System.Text.Json;

namespace StayHub.Host.Tests.Fuzzing;

/// <summary>The fuzzer's schema checker must catch what it claims to (or "0 schema violations" means nothing).</summary>
public sealed class ResponseSchemaCheckerTests
{
    private const string Document = """
        {"components":{"schemas":{
          "Money":{"type":"object","required":["amount","currency"],"properties":{
            "amount":{"type":["integer","string"],"pattern":"^-?(?:0|[1-9]\\d*)$"},"currency":{"type":"string"}}},
          "Listing":{"type":"object","required":["id","status","price"],"properties":{
            "id":{"type":"string","format":"uuid"},
            "status":{"enum":["draft","published"]},
            "price":{"$ref":"#/components/schemas/Money"},
            "note":{"type":["null","string"]},
            "created":{"type":"string","format":"date-time"},
            "tags":{"type":"array","items":{"type":"string"}}}}}}}
        """;

    private static List<string> Check(string json)
    {
        using var document = JsonDocument.Parse(Document);
        var schemas = new OpenApiSchemas(document.RootElement);
        using var value = JsonDocument.Parse(json);
        using var reference = JsonDocument.Parse("""{"$ref":"#/components/schemas/Listing"}""");
        return new ResponseSchemaChecker(schemas).Check(value.RootElement, reference.RootElement);
    }

    [Fact]
    public void A_matching_answer_has_no_violations()
    {
        Check("""{"id":"7f0c8b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f","status":"draft","price":{"amount":100,"currency":"EUR"},"note":null,"created":"2026-12-06T21:00:00+00:00","tags":["a"]}""")
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"status":"draft","price":{"amount":1,"currency":"EUR"}}""", "required property 'id'")]
    [InlineData("""{"id":"nope","status":"draft","price":{"amount":1,"currency":"EUR"}}""", "is not a uuid")]
    [InlineData("""{"id":"7f0c8b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f","status":"gone","price":{"amount":1,"currency":"EUR"}}""", "enum")]
    [InlineData("""{"id":"7f0c8b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f","status":"draft","price":{"amount":1.5,"currency":"EUR"}}""", "$.price.amount")]
    [InlineData("""{"id":"7f0c8b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f","status":"draft","price":{"amount":"ten","currency":"EUR"}}""", "$.price.amount")]
    [InlineData("""{"id":"7f0c8b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f","status":"draft","price":null}""", "$.price: null")]
    [InlineData("""{"id":"7f0c8b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f","status":"draft","price":{"amount":1,"currency":"EUR"},"tags":[1]}""", "$.tags[0]")]
    [InlineData("""{"id":"7f0c8b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f","status":"draft","price":{"amount":1,"currency":"EUR"},"created":"soon"}""", "date-time")]
    [InlineData("""[1]""", "$: Array")]
    public void A_broken_answer_is_reported_with_its_path(string json, string expected)
    {
        var violations = Check(json);

        violations.ShouldNotBeEmpty();
        string.Join("; ", violations).ShouldContain(expected);
    }
}
