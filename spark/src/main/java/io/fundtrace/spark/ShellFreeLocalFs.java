package io.fundtrace.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FsConstants;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.local.LocalConfigKeys;

/**
 * FileContext's view of the local file system (what Delta's HDFSLogStore commits through), as Hadoop's
 * LocalFs is, over ShellFreeRawLocalFileSystem instead of the RawLocalFileSystem LocalFs makes itself.
 */
public final class ShellFreeLocalFs extends ChecksumFs {
    /** The constructor Hadoop's AbstractFileSystem.get calls (fs.AbstractFileSystem.file.impl). */
    public ShellFreeLocalFs(URI uri, Configuration configuration) throws IOException, URISyntaxException {
        super(new Raw(uri, configuration));
    }

    /** As Hadoop's RawLocalFs, over the file system without shell commands. */
    private static final class Raw extends DelegateToFileSystem {
        Raw(URI uri, Configuration configuration) throws IOException, URISyntaxException {
            super(uri, new ShellFreeRawLocalFileSystem(), configuration, FsConstants.LOCAL_FS_URI.getScheme(), false);
        }

        @Override
        public int getUriDefaultPort() {
            return -1;
        }

        @Override
        public FsServerDefaults getServerDefaults(Path path) throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        @Override
        public FsServerDefaults getServerDefaults() throws IOException {
            return LocalConfigKeys.getServerDefaults();
        }

        /** Any name a local file can have, as RawLocalFs says (a colon in a file name is fine here). */
        @Override
        public boolean isValidName(String source) {
            return true;
        }
    }
}
