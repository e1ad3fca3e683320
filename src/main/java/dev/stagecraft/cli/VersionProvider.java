package dev.stagecraft.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = StagecraftCommand.class.getPackage().getImplementationVersion();
        return new String[] {"stagecraft " + (v == null ? "dev" : v)};
    }
}
