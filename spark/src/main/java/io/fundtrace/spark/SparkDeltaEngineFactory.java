package io.fundtrace.spark;

import io.fundtrace.warehouse.Engine;
import io.fundtrace.warehouse.EngineFactory;
import io.fundtrace.warehouse.EngineSettings;
import org.apache.hadoop.conf.Configuration;

/** Found by {@link java.util.ServiceLoader} when a command asks for --engine spark. */
public final class SparkDeltaEngineFactory implements EngineFactory {
    @Override
    public String name() {
        return SparkDeltaEngine.NAME;
    }

    @Override
    public Engine open(EngineSettings settings) {
        return SparkDeltaEngine.open(settings.master(), settings.location());
    }

    /** Through Hadoop's FileSystem (file://, hdfs://, s3a://), with the Hadoop configuration on the class path. */
    @Override
    public boolean exists(String location) {
        return WarehouseFolder.of(location, new Configuration()).exists();
    }
}
