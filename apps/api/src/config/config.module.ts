import { Global, Module } from '@nestjs/common';
import { AppConfig, parseConfig } from './config.schema';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  /** Use the given configuration (tests) or parse the process environment. */
  static forRoot(config?: AppConfig) {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config ?? parseConfig(process.env) }],
      exports: [APP_CONFIG],
    };
  }
}
