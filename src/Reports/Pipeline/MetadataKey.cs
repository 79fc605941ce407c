namespace Reports.Pipeline;

/// <summary>
/// A typed metadata slot on a <see cref="Document"/>. Keys compare by identity, so two keys with the same
/// name never collide; declare each once as a <c>static readonly</c> field next to the code that owns it.
/// </summary>
/// <param name="name">Shown in error messages and debug listings only.</param>
public sealed class MetadataKey<T>(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
