namespace TriviaApi.Tests.Support;

/// <summary>A test that runs the app as a user who may not write a read-only file; skipped, saying why, where none can be.</summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (UnprivilegedUser.Missing is { } missing)
        {
            Skip = missing;
        }
    }
}
