namespace StayHub.Identity.Domain;

public static class AccountTokenPurpose
{
    public const int MaxLength = 32;

    public const string ConfirmEmail = "confirm_email";

    public const string ResetPassword = "reset_password";
}
